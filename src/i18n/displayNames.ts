/** Intl.DisplayNames, one instance per locale and type, tolerant of engines that lack it. */
type Kind = 'region' | 'language';

const cache = new Map<string, Intl.DisplayNames | null>();

export function displayName(code: string, type: Kind, locale: string): string | undefined {
  const key = `${type}|${locale}`;
  let dn = cache.get(key);
  if (dn === undefined) {
    try {
      dn = new Intl.DisplayNames([locale], { type });
    } catch {
      dn = null;
    }
    cache.set(key, dn);
  }
  try {
    return dn?.of(code);
  } catch {
    return undefined;
  }
}

/** The text with its first letter in upper case, as the locale writes it ("inglés" → "Inglés"). */
export function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
