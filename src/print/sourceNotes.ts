/**
 * The printed story's sources as endnotes (docs/FEATURES.md, "Citing and printing"): on paper each
 * quote ends with the number of its source, and one list after the story gives each source once,
 * with its provenance (publisher, via, date, excerpt or translation) and its address written out.
 * A country's story quotes the same few sources many times; a caption and an address under every
 * quote took most of a printed page.
 */

/** Numbers the sources in the order they are first quoted, from 1. */
export function numberSources(ids: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const id of ids) if (!out.has(id)) out.set(id, out.size + 1);
  return out;
}

/** What the list says of one source. */
export interface SourceNote {
  n: number;
  label: string;
  url: string;
}

/** One note per source, in number order; the label and address are read from the first quote of each. */
export function sourceNotes(quotes: readonly { source: string; label: string; url: string }[]): SourceNote[] {
  const numbers = numberSources(quotes.map((q) => q.source));
  const notes: SourceNote[] = [];
  for (const q of quotes) {
    const n = numbers.get(q.source) as number;
    if (!notes[n - 1]) notes[n - 1] = { n, label: q.label, url: q.url };
  }
  return notes;
}

const REF = 'data-source-ref';

/**
 * Puts the endnotes into a story panel for the time of printing (`beforeprint`): each quote's text
 * gets its source's number (an attribute the print stylesheet shows), and a list follows the events.
 * Returns the function that takes them away again (`afterprint`). Text only: each label is the
 * quote's own provenance line and each address its blockquote's `cite`, copied as text.
 */
export function addSourceNotes(panel: HTMLElement, heading: string): () => void {
  const figures = [...panel.querySelectorAll<HTMLElement>('figure.quote[data-source]')];
  const quotes = figures.map((f) => ({
    source: f.dataset.source ?? '',
    label: f.querySelector('.quote-source')?.textContent ?? '',
    url: f.querySelector('blockquote')?.getAttribute('cite') ?? '',
  }));
  const numbers = numberSources(quotes.map((q) => q.source));
  const marked: Element[] = [];
  for (const f of figures) {
    const text = f.querySelector('blockquote p');
    const n = numbers.get(f.dataset.source ?? '');
    if (!text || n === undefined) continue;
    text.setAttribute(REF, String(n));
    marked.push(text);
  }
  const notes = sourceNotes(quotes);
  let list: HTMLElement | null = null;
  if (notes.length > 0) {
    list = document.createElement('section');
    list.className = 'print-sources';
    const h = document.createElement('h3');
    h.textContent = heading;
    const ol = document.createElement('ol');
    for (const note of notes) {
      const li = document.createElement('li');
      li.value = note.n;
      const label = document.createElement('span');
      label.textContent = note.label;
      const url = document.createElement('span');
      url.className = 'print-source-url';
      url.textContent = note.url;
      li.append(label, ' ', url);
      ol.append(li);
    }
    list.append(h, ol);
    panel.append(list);
  }
  return () => {
    for (const el of marked) el.removeAttribute(REF);
    list?.remove();
  };
}
