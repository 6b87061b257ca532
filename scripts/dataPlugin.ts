/**
 * Vite plugin: compiles data/ before every build and dev start, and again when a data file
 * changes in dev, so no build ships a stale or invalid data set (a bad record fails the build).
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue } from '../src/data/validate.ts';
import { compileData } from './compileData.ts';

export function dataPlugin(root: string): Plugin {
  const compile = (): string[] => compileData(root).errors.map(formatIssue);
  return {
    name: 'tcdm-data',
    buildStart() {
      const errors = compile();
      if (errors.length > 0) this.error(`data/ is invalid:\n${errors.join('\n')}`);
    },
    configureServer(server) {
      server.watcher.add(`${root}/data`);
      server.watcher.on('all', (_event, file) => {
        if (!relative(root, file).startsWith('data')) return;
        const errors = compile();
        if (errors.length > 0) server.config.logger.error(`data/ is invalid:\n${errors.join('\n')}`);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
