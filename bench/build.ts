/**
 * The builds: the app with its own vite.config.ts into bench/.build/app, and the three bench pages
 * with bench/vite.config.ts, each on its own (refConfig(page)) into bench/.build/ref, so that no
 * page loads a chunk shared with another and each page's bytes are its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import type { Dataset } from '../src/data/types.ts';
import { APP_OUT, log, ROOT } from './config.ts';
import { refConfig, type Page as RefPage } from './vite.config.ts';

export async function buildAll(): Promise<void> {
  log('building the app (vite.config.ts) into bench/.build/app');
  await build({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, logLevel: 'warn', build: { outDir: APP_OUT, emptyOutDir: true } });
  const pages: RefPage[] = ['floor', 'peer', 'scale'];
  for (const [i, p] of pages.entries()) {
    log(`building bench/${p}`);
    await build(refConfig([p], i === 0));
  }
}

/** The app's built data set, and the countries on its basemap (the first .topo.json in geo/). */
export function builtData(): { dataset: Dataset; isos: Set<string> } {
  const dataFile = readdirSync(join(APP_OUT, 'assets')).find((f) => /^dataset-.+\.json$/.test(f)) as string;
  const dataset = JSON.parse(readFileSync(join(APP_OUT, 'assets', dataFile), 'utf8')) as Dataset;
  const topoFile = readdirSync(join(APP_OUT, 'geo')).find((f) => f.endsWith('.topo.json')) as string;
  const topo = JSON.parse(readFileSync(join(APP_OUT, 'geo', topoFile), 'utf8')) as { objects: { countries: { geometries: { id: string }[] } } };
  const isos = new Set(topo.objects.countries.geometries.map((g) => String(g.id)));
  return { dataset, isos };
}
