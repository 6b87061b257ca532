/**
 * How the browser tests (playwright.config.ts) and the benchmark (bench/run.ts) start Debian's
 * Chromium: the same binary and the same flags, so the two measure the same browser.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet offline. */
export const QUIET = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** WebGL from SwiftShader (software), whatever the machine's GPU. */
export const SWIFTSHADER = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'];
