/** The `?` dialog's list: which keys, named in the reader's language, do what (docs/INTERFACES.md). */
import type { Catalogue } from '../i18n/langs.ts';

type Names = Catalogue['shortcuts']['keys'];
export type ShortcutAction = keyof Catalogue['shortcuts']['actions'];

export const SHORTCUTS: readonly { keys: (k: Names) => string[]; action: ShortcutAction }[] = [
  { keys: () => ['←', '→'], action: 'steps' },
  { keys: (k) => [k.shift, '←', '→'], action: 'months' },
  { keys: (k) => [k.space], action: 'play' },
  { keys: (k) => [k.home, k.end], action: 'ends' },
  { keys: () => ['+', '−'], action: 'zoom' },
  { keys: () => ['p'], action: 'present' },
  { keys: () => ['f'], action: 'fullscreen' },
  { keys: (k) => [k.esc], action: 'escape' },
  { keys: () => ['?'], action: 'help' },
];
