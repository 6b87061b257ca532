import { describe, expect, it } from 'vitest';
import { chooseRenderer, choiceTable, isSoftwareRenderer, RENDERER_KINDS, RENDERERS } from './rendererChoice.ts';

describe('chooseRenderer', () => {
  const gpu = { available: true, software: false };
  const cpu = { available: true, software: true };
  const none = { available: false, software: false };
  it('draws with MapLibre on a GPU and as SVG where WebGL is missing or runs in software', () => {
    expect(chooseRenderer(gpu, 'auto')).toBe('webgl');
    expect(chooseRenderer(cpu, 'auto')).toBe('svg');
    expect(chooseRenderer(none, 'auto')).toBe('svg');
  });
  it('lets a developer force either, but never WebGL where there is none; anything else is auto', () => {
    expect(chooseRenderer(cpu, 'webgl')).toBe('webgl');
    expect(chooseRenderer(gpu, 'svg')).toBe('svg');
    expect(chooseRenderer(none, 'webgl')).toBe('svg');
    expect(chooseRenderer(gpu, 'canvas')).toBe('webgl');
  });
  it('always has a renderer that needs no WebGL to fall back on', () => {
    expect(RENDERER_KINDS.some((k) => RENDERERS[k].fallback && !RENDERERS[k].needsWebgl)).toBe(true);
  });
  it('is tabulated for the early probe, answer for answer', () => {
    const table = choiceTable();
    expect(table.software.auto).toBe('svg');
    expect(table.gpu.auto).toBe('webgl');
    expect(table.none.webgl).toBe('svg');
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
