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
 * Which map each test runs on. The app itself draws the SVG map where WebGL runs in software, as
 * here (src/map/rendererChoice.ts), so that is where most tests run: the `svg` project. Tests
 * about what the WebGL map does differently (its pixels, its zoom, pan and pinch, framing, the
 * colours of history) run in the `webgl` project, which forces the WebGL map through the developer
 * override: those whose title names "the WebGL map" (the renderer loops of e2e/zoom.spec.ts,
 * e2e/framing.spec.ts and others: "on the webgl map") or that are tagged @webgl. Tests tagged @both run
 * on both maps (a pointer's hit on a country is found differently on each). Tests tagged @nowebgl
 * run where the browser has no WebGL at all.
 */
const ON_WEBGL = /@webgl|@both|\bthe webgl map\b/i;
const NOT_ON_SVG = /@webgl|@nowebgl|\bthe webgl map\b/i;

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
  // The list as tests end; then the ten slowest and what the run cost (e2e/reporters/slowest.ts).
  reporter: [['list'], ['./e2e/reporters/slowest.ts']],
  use: {
    baseURL: BASE_URL,
    timezoneId: 'UTC',
    locale: 'en-GB',
    launchOptions: { executablePath: CHROMIUM, args: [...QUIET, ...SWIFTSHADER] },
  },
  projects: [
    {
      // First, so its long soak starts early instead of running alone at the end.
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
    { name: 'webgl', grep: ON_WEBGL, use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 720 }, channel: undefined, storageState: FORCE_WEBGL } },
    {
      // Software WebGL is there (so the app chooses the SVG map itself, as for a reader of this
      // machine), but the page is rastered and composited on the CPU, as Chrome does without a
      // usable GPU: raster on SwiftShader's emulated GPU (which --ignore-gpu-blocklist allows)
      // takes 0.3–1.7 s per repaint of the SVG map here.
      name: 'svg',
      grepInvert: NOT_ON_SVG,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 720 },
        channel: undefined,
        launchOptions: { executablePath: CHROMIUM, args: [...QUIET, ...SWIFTSHADER, '--disable-gpu-compositing'] },
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
