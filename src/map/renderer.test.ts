import { describe, expect, it } from 'vitest';
import { chooseRenderer, isSoftwareRenderer } from './renderer.ts';

describe('chooseRenderer', () => {
  const gpu = { available: true, software: false };
  const cpu = { available: true, software: true };
  const none = { available: false, software: false };
  it('draws with MapLibre on a GPU and as SVG where WebGL is missing or runs in software', () => {
    expect(chooseRenderer(gpu, 'auto')).toBe('webgl');
    expect(chooseRenderer(cpu, 'auto')).toBe('svg');
    expect(chooseRenderer(none, 'auto')).toBe('svg');
  });
  it('lets a developer force either, but never WebGL where there is none', () => {
    expect(chooseRenderer(cpu, 'webgl')).toBe('webgl');
    expect(chooseRenderer(gpu, 'svg')).toBe('svg');
    expect(chooseRenderer(none, 'webgl')).toBe('svg');
  });
});

describe('isSoftwareRenderer', () => {
  it('recognises CPU implementations of WebGL by their renderer string', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(false);
    expect(isSoftwareRenderer('Apple M2')).toBe(false);
  });
});

describe('the early probe in index.html', () => {
  it('chooses as chooseRenderer does: the same software pattern, the same override key', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
    const { SOFTWARE_RENDERER, RENDERER_OVERRIDE_KEY } = await import('./renderer.ts');
    expect(html).toContain(`${SOFTWARE_RENDERER.toString()}.test(name)`);
    expect(html).toContain(`localStorage.getItem('${RENDERER_OVERRIDE_KEY}')`);
    expect(html).toContain("svg ? 'geo/countries-world.topo.json' : 'geo/countries-50m.topo.json'");
  });
});
