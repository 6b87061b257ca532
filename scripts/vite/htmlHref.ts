/**
 * The address an HTML page of the build uses for a file at the root of the build output: under an
 * absolute base as is, under a relative base ('./', which this project uses so a build works from
 * any folder) relative to the page, so a page in a folder (`/floor/index.html`) climbs out.
 */
export function htmlHref(base: string, pagePath: string, file: string): string {
  if (base.startsWith('/') || /^[a-z]+:/i.test(base)) return `${base}${file}`;
  const depth = Math.max(0, pagePath.split('/').length - 2);
  return `${depth > 0 ? '../'.repeat(depth) : './'}${file}`;
}
