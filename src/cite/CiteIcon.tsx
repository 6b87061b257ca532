/** The Cite button's icon (the header's; the dialog's code loads only when it is first opened, src/app/layouts/PageLayout.tsx). */
import './citeButton.css';

export function CiteIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
      <path d="M3 9.5h3.5V13H3zM3 9.5C3 6 4 4.5 6.5 3.5M9.5 9.5H13V13H9.5zM9.5 9.5c0-3.5 1-5 3.5-6" />
    </svg>
  );
}
