/**
 * Vite plugin: the page's colour custom properties (--ink, --rule, --paper, …), generated from the
 * palette (src/color/palette.ts PAGE_COLOURS), so the CSS, the map and the map download read one
 * set of colours and none is copied. The app imports the virtual stylesheet `virtual:tcdm-palette.css`
 * (src/main.tsx, before styles.css): a `:root` block for the light theme and a
 * `:root[data-theme='dark']` block for the dark one, each value written as the palette writes it.
 *
 * The palette is imported by the config, so in dev an edit to it restarts the server like an edit
 * to the config does (Vite watches the config's imports), and the stylesheet is made again.
 */
import type { Plugin } from 'vite';
import { PAGE_COLOURS, pageVar, type PageColours, type ResolvedTheme } from '../../src/color/palette.ts';

/** The stylesheet the app imports its page colours from. */
export const PALETTE_MODULE = 'virtual:tcdm-palette.css';
// Ends in .css, so Vite's CSS pipeline takes the module (bundled into the app's stylesheet).
const RESOLVED_MODULE = `\0${PALETTE_MODULE}`;

/** Where each theme's custom properties are set (theme.ts puts data-theme on <html>). */
export const THEME_SELECTORS: Record<ResolvedTheme, string> = {
  light: ':root',
  dark: ":root[data-theme='dark']",
};

/** The custom properties of every page colour, per theme, as a stylesheet. */
export function paletteCss(colours: Record<ResolvedTheme, PageColours> = PAGE_COLOURS): string {
  const block = (theme: ResolvedTheme): string => {
    const lines = (Object.entries(colours[theme]) as [keyof PageColours, string][]).map(([role, value]) => `  ${pageVar(role)}: ${value};`);
    return `${THEME_SELECTORS[theme]} {\n${lines.join('\n')}\n}\n`;
  };
  return `/* Generated from src/color/palette.ts by scripts/vite/palettePlugin.ts: edit the palette. */\n${block('light')}${block('dark')}`;
}

export function palettePlugin(): Plugin {
  return {
    name: 'tcdm-palette',
    resolveId(id) {
      return id === PALETTE_MODULE ? RESOLVED_MODULE : null;
    },
    load(id) {
      return id === RESOLVED_MODULE ? paletteCss() : null;
    },
  };
}
