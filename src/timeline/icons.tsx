/** Inline SVG icons: no icon font to fetch, and no glyph a system font might lack. */
const common = { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;

export const PlayIcon = () => (
  <svg {...common}><path d="M4 2.5v11l9-5.5z" fill="currentColor" /></svg>
);
export const PauseIcon = () => (
  <svg {...common}><path d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" fill="currentColor" /></svg>
);
export const PrevIcon = () => (
  <svg {...common}><path d="M3 2.5h2v11H3zM14 2.5v11L6 8z" fill="currentColor" /></svg>
);
export const NextIcon = () => (
  <svg {...common}><path d="M11 2.5h2v11h-2zM2 2.5v11L10 8z" fill="currentColor" /></svg>
);
