/** The layer boundaries the linter enforces (eslint.config.js) hold: each rule fires where it should. */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer boundaries', () => {
  it('keeps src/data free of UI, the store and renderers, even for types', async () => {
    expect(await ruleIds("import { useApp } from '../store/appStore.ts';\nexport const x = useApp;\n", 'src/data/x.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds("import type { BaseGeometry } from '../map/geometry.ts';\nexport type X = BaseGeometry;\n", 'src/data/x.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds("import { useState } from 'react';\nexport const x = useState;\n", 'src/data/x.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds("import { displayName } from '../i18n/displayNames.ts';\nexport const x = displayName;\n", 'src/data/x.ts')).toEqual([]);
  });
  it('lets only the WebGL renderer load maplibre-gl, and only the store zustand', async () => {
    expect(await ruleIds("import * as m from 'maplibre-gl';\nexport const x = m;\n", 'src/map/svgRenderer.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds("import type { StyleSpecification } from 'maplibre-gl';\nexport type X = StyleSpecification;\n", 'src/map/mapStyle.ts')).toEqual([]);
    expect(await ruleIds("import * as m from 'maplibre-gl';\nexport const x = m;\n", 'src/map/maplibreRenderer.ts')).toEqual([]);
    expect(await ruleIds("import { useStore } from 'zustand';\nexport const x = useStore;\n", 'src/table/x.tsx')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds("import { useStore } from 'zustand';\nexport const x = useStore;\n", 'src/store/x.ts')).toEqual([]);
  });
  it('lets only the entries import the shell, src/app, not even for types (nor the tests, bench or tools)', async () => {
    expect(await ruleIds("import { useModel } from '../app/model.ts';\nexport const x = useModel;\n", 'src/table/x.tsx')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds("import type { KeyEffects } from '../app/keyboard.ts';\nexport type X = KeyEffects;\n", 'src/store/x.ts')).toContain('@typescript-eslint/no-restricted-imports');
    expect(await ruleIds("import { AppRoot } from '../app/AppRoot.tsx';\nexport const x = AppRoot;\n", 'src/snapshot/render.tsx')).toEqual([]);
    expect(await ruleIds("import { AppRoot } from './app/AppRoot.tsx';\nexport const x = AppRoot;\n", 'src/main.tsx')).toEqual([]);
    expect(await ruleIds("import { useModel } from '../model/model.ts';\nexport const x = useModel;\n", 'src/app/x.tsx')).toEqual([]);
    expect(await ruleIds("import { createModel } from '../../src/app/model.ts';\nexport const x = createModel;\n", 'bench/scale/x.tsx')).toContain('@typescript-eslint/no-restricted-imports');
  });
  it('checks the rules of hooks', async () => {
    const code = "import { useState } from 'react';\nexport function C({ a }: { a: boolean }) {\n  if (a) useState(0);\n  return null;\n}\n";
    expect(await ruleIds(code, 'src/table/C.tsx')).toContain('react-hooks/rules-of-hooks');
  });
});
