import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, startEditor } from './edit.ts';

describe('npm run edit\'s options', () => {
  it('takes a port and a data folder', () => {
    expect(parseArgs([])).toEqual({});
    expect(parseArgs(['--port=0', '--data=e2e/fixtures/data'])).toEqual({ port: 0, dataDir: resolve('e2e/fixtures/data') });
    expect(() => parseArgs(['--port=x'])).toThrow(/not a port/);
    expect(() => parseArgs(['--port=70000'])).toThrow(/not a port/);
  });

  it('listens on the loopback interface only: any other host is refused before anything starts', async () => {
    expect(parseArgs(['--host=127.0.0.1'])).toEqual({ host: '127.0.0.1' });
    expect(parseArgs(['--host=localhost'])).toEqual({ host: 'localhost' });
    for (const a of ['--host', '--host=0.0.0.0', '--host=::', '--host=192.168.0.2', '--host=example.org']) expect(() => parseArgs([a]), a).toThrow(/loopback interface only/);
    await expect(startEditor({ host: '0.0.0.0' })).rejects.toThrow(/loopback interface only/);
  });
});
