/** Small line icons for the header's buttons (decorative: each button carries its name in text). */
const common = { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': true, focusable: false, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

export function LinkIcon() {
  return (
    <svg {...common}>
      <path d="M6.5 9.5a3 3 0 0 0 4.2.2l2.3-2.3a3 3 0 0 0-4.2-4.2l-.9.9" />
      <path d="M9.5 6.5a3 3 0 0 0-4.2-.2L3 8.6a3 3 0 0 0 4.2 4.2l.9-.9" />
    </svg>
  );
}

export function EmbedIcon() {
  return (
    <svg {...common}>
      <path d="M5.5 4.5 2 8l3.5 3.5M10.5 4.5 14 8l-3.5 3.5" />
    </svg>
  );
}

export function PresentIcon() {
  return (
    <svg {...common}>
      <rect x="1.5" y="2.5" width="13" height="9" rx="1" />
      <path d="M8 11.5v2.5M5.5 14h5M6.8 5.2v3.6L9.8 7z" />
    </svg>
  );
}

export function MenuIcon() {
  return (
    <svg {...common} width={20} height={20}>
      <path d="M2.5 4h11M2.5 8h11M2.5 12h11" />
    </svg>
  );
}

export function SearchIcon() {
  return (
    <svg {...common} width={20} height={20}>
      <circle cx="7" cy="7" r="4.5" />
      <path d="m10.5 10.5 3.5 3.5" />
    </svg>
  );
}

export function CloseIcon() {
  return (
    <svg {...common} width={20} height={20}>
      <path d="m3.5 3.5 9 9M12.5 3.5l-9 9" />
    </svg>
  );
}
