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
