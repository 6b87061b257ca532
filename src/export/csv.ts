/**
 * CSV as RFC 4180 writes it: fields separated by commas, a field quoted when it holds a comma, a
 * double quote or a line break (its quotes doubled), records ended by CRLF. The text starts with
 * a UTF-8 byte order mark so that spreadsheet programs (Excel) read accented names as UTF-8.
 */

export type Cell = string | number | null | undefined;

export const BOM = '\uFEFF';

export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole CSV document: the BOM, the header record, then one record per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * Reads CSV written by toCsv (or any RFC 4180 text) back into records: for tests, and for
 * anyone checking a download. A leading BOM is dropped.
 */
export function parseCsv(text: string): string[][] {
  const s = text.startsWith(BOM) ? text.slice(1) : text;
  const out: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      record.push(field);
      out.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
    i++;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    out.push(record);
  }
  return out;
}
