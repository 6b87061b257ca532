/**
 * A disclosure (WAI-ARIA APG "Disclosure"): a button with aria-expanded that shows a panel. While
 * it is open, Escape closes it (unless a modal dialog is open over it: the dialog takes the key)
 * and focus goes back to the button; a click anywhere outside the button and the panel closes it
 * too, and brings focus back to the button if the click left it nowhere (or in the hidden panel).
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export interface Disclosure {
  open: boolean;
  toggle(): void;
  close(): void;
  buttonRef: RefObject<HTMLButtonElement>;
  panelRef: RefObject<HTMLDivElement>;
}

export function useDisclosure(): Disclosure {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const within = (n: EventTarget | null) => n instanceof Node && (panel.current?.contains(n) === true || button.current?.contains(n) === true);
    const focusButton = () => button.current?.focus({ preventScroll: true });
    const onClick = (e: MouseEvent) => {
      if (within(e.target)) return;
      setOpen(false);
      const at = document.activeElement;
      if (at === null || at === document.body || panel.current?.contains(at)) focusButton();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      // A text field outside the panel (the search) keeps its own Escape.
      const target = e.target instanceof Element ? e.target : null;
      if (target?.matches('input, textarea') && !within(target)) return;
      // The menu takes this Escape: the page's own (clearing the selection) must not run as well.
      e.stopPropagation();
      setOpen(false);
      focusButton();
    };
    document.addEventListener('click', onClick, true);
    window.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [open]);

  const toggle = useCallback(() => setOpen((o) => !o), []);
  const close = useCallback(() => setOpen(false), []);
  return { open, toggle, close, buttonRef: button, panelRef: panel };
}
