import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM, QUIET, SWIFTSHADER } from './scripts/chromium.ts';
import { testSiteDir } from './scripts/testSite.ts';

// Not vite preview's default port, so a preview left running by hand is never what gets tested.
// E2E_PORT and E2E_OUT_DIR (where the tests' site is built, default dist-e2e/) let two runs share a
// machine; e2e/realdata.spec.ts serves the real build (E2E_REAL_OUT_DIR, default dist/) itself.
const PORT = Number(process.env.E2E_PORT ?? 4179);
const OUT_DIR = JSON.stringify(testSiteDir());

const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * SwiftShader is software WebGL, where the app draws its SVG map (src/map/rendererChoice.ts). The
 * desktop tests force the WebGL map through the developer override so both renderers are tested:
 * WebGL here, SVG in the nowebgl project and in the tests that clear the override.
 */
const FORCE_WEBGL = {
  cookies: [],
  origins: [{ origin: BASE_URL, localStorage: [{ name: 'tcdm.renderer', value: 'webgl' }] }],
};

/**
 * Browser tests run against the production build made from the tests' data set (scripts/testSite.ts:
 * built, or found up to date, before the server starts; served by vite preview) in Debian's
 * Chromium; no browser is downloaded. WebGL comes from SwiftShader (software).
 */
export default defineConfig({
  testDir: 'e2e',
  /**
   * Time for everything in a test but waiting for the map: each wait for the map to draw
   * (waitForMap in e2e/helpers.ts, up to 60 s: software WebGL on a busy machine) adds its own 60 s
   * to the running test's timeout, so a test's timeout always exceeds the sum of its waits.
   */
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: BASE_URL,
    timezoneId: 'UTC',
    locale: 'en-GB',
    launchOptions: { executablePath: CHROMIUM, args: [...QUIET, ...SWIFTSHADER] },
  },
  projects: [
    { name: 'desktop', grepInvert: /@nowebgl/, use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 720 }, channel: undefined, storageState: FORCE_WEBGL } },
    {
      // Tests tagged @nowebgl: a browser that cannot give the page a WebGL context (SVG map).
      name: 'nowebgl',
      grep: /@nowebgl/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 720 },
        channel: undefined,
        launchOptions: { executablePath: CHROMIUM, args: [...QUIET, '--disable-webgl', '--disable-3d-apis'] },
      },
    },
  ],
  webServer: {
    command: `npx tsx scripts/testSite.ts && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${OUT_DIR}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    // A build, where the inputs changed since the last (on a busy machine, a minute or more).
    timeout: 240_000,
  },
});
