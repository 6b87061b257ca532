import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAP_COLOURS, PAGE_COLOURS, pageVar, type PageColours, type ResolvedTheme } from '../../src/color/palette.ts';
import { PALETTE_MODULE, paletteCss, palettePlugin, THEME_SELECTORS } from './palettePlugin.ts';

const THEMES: ResolvedTheme[] = ['light', 'dark'];
const ROLES = Object.keys(PAGE_COLOURS.light) as (keyof PageColours)[];

/** The declarations of a rule with exactly this selector, as [property, value] in order. */
function declarations(css: string, selector: string): [string, string][] {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) return [];
  const body = css.slice(at + selector.length + 2, css.indexOf('}', at));
  return [...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1] as string, (m[2] as string).trim()]);
}

describe('the generated page colours', () => {
  const css = paletteCss();

  it('set every palette entry, as the palette writes it, in each theme’s block', () => {
    for (const theme of THEMES) {
      const want = ROLES.map((role) => [pageVar(role), PAGE_COLOURS[theme][role]]);
      expect(declarations(css, THEME_SELECTORS[theme]), theme).toEqual(want);
    }
  });

  it('give both themes the same roles, and the page the map’s ocean', () => {
    expect(Object.keys(PAGE_COLOURS.dark)).toEqual(ROLES);
    for (const theme of THEMES) expect(PAGE_COLOURS[theme].ocean).toBe(MAP_COLOURS[theme].ocean);
  });

  it('name each role as the stylesheets use it', () => {
    expect(ROLES.map(pageVar)).toEqual([
      '--ink', '--ink-2', '--ink-3', '--rule', '--paper', '--paper-2', '--accent', '--focus', '--ocean',
      '--note-bg', '--note-rule', '--glass', '--track', '--tick-year', '--row-selected', '--mark', '--shadow',
    ]);
  });

  it('are served as the virtual stylesheet the app imports', async () => {
    const plugin = palettePlugin();
    type Fn = (...a: unknown[]) => unknown;
    const call = (hook: unknown, ...args: unknown[]): unknown => (typeof hook === 'function' ? (hook as Fn) : (hook as { handler: Fn }).handler).apply({}, args);
    const id = (await call(plugin.resolveId, PALETTE_MODULE, undefined, {})) as string;
    expect(id.endsWith('.css')).toBe(true);
    expect(await call(plugin.load, id, {})).toBe(css);
    expect(await call(plugin.resolveId, './styles.css', undefined, {})).toBeNull();
    expect(readFileSync(new URL('../../src/main.tsx', import.meta.url), 'utf8')).toContain(`import '${PALETTE_MODULE}';`);
  });

  it('are set nowhere else: styles.css defines none of them', () => {
    const styles = readFileSync(new URL('../../src/styles.css', import.meta.url), 'utf8');
    const defined = ROLES.map(pageVar).filter((name) => new RegExp(`(?<![\\w-])${name}\\s*:`).test(styles));
    expect(defined).toEqual([]);
    // What stays there is not a colour.
    expect(declarations(styles, ':root').map(([name]) => name)).toEqual(['--control-h', '--thumb', '--side']);
  });
});
