/**
 * A real nginx (Debian's) serving a copy of the built site with docs/HOSTING.md's configuration,
 * the fenced block between its `nginx-config` markers taken verbatim: only the three values the
 * doc tells a reader to change are replaced (the `listen` line, the path, the folder). Used by
 * e2e/hosting.spec.ts. nginx runs as a child process of the test (`daemon off`), on 127.0.0.1,
 * with its prefix, configuration, logs and temporary files in a folder of its own.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { chmod, copyFile, cp, mkdir, mkdtemp, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testSiteDir } from '../scripts/testSite.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The built site nginx serves a copy of: the one the other browser tests serve (scripts/testSite.ts). */
const SITE_DIR = testSiteDir();
const HOSTING_DOC = join(ROOT, 'docs/HOSTING.md');
/** nginx's port, on 127.0.0.1 only (one nginx at a time); `E2E_NGINX_PORT` when two runs share a machine. */
const NGINX_PORT = Number(process.env.E2E_NGINX_PORT ?? 4185);
/** Where Debian keeps the MIME types the doc's block includes (`include mime.types`). */
const MIME_TYPES = '/etc/nginx/mime.types';
const INSTALL = "install Debian's nginx: apt-get install -y nginx";

/** The values docs/HOSTING.md's block names and tells the reader to change. */
const DOC_VALUES = { listen: 'listen 80;', path: '/maps/tcdm/', folder: '/srv/tcdm/dist/' } as const;

/** The nginx block of docs/HOSTING.md, between its markers, as written there. */
function docConfig(markdown: string): string {
  const m = /<!-- nginx-config:start[^>]*-->\s*```nginx\n([\s\S]*?)```\s*<!-- nginx-config:end -->/.exec(markdown);
  if (!m?.[1]) throw new Error('docs/HOSTING.md has no ```nginx block between <!-- nginx-config:start --> and <!-- nginx-config:end -->');
  return m[1];
}

/** The doc's block with its three values replaced: a port on 127.0.0.1, the site's path, its folder. */
function fillConfig(block: string, to: { port: number; path: string; folder: string }): string {
  const values: [string, string][] = [
    [DOC_VALUES.listen, `listen 127.0.0.1:${to.port};`],
    [DOC_VALUES.folder, `${to.folder.replace(/\/$/, '')}/`],
    [DOC_VALUES.path, to.path],
  ];
  return values.reduce((conf, [from, value]) => {
    if (!conf.includes(from)) throw new Error(`docs/HOSTING.md's nginx block no longer says ${from}: the doc's instructions and e2e/nginx.ts must change together`);
    return conf.replaceAll(from, value);
  }, block);
}

/** The nginx executable: on the PATH or where Debian puts it (/usr/sbin, often not on a user's PATH). */
function findNginx(): string {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'].filter(Boolean);
  const found = dirs.map((d) => join(d, 'nginx')).find((f) => existsSync(f));
  if (!found) throw new Error(`no nginx found: ${INSTALL}`);
  if (!existsSync(MIME_TYPES)) throw new Error(`no ${MIME_TYPES}: ${INSTALL}`);
  return found;
}

/** nginx's own configuration around the doc's block: what Debian's nginx.conf gives a site's file. */
function mainConfig(): string {
  return `worker_processes 1;
error_log stderr;
events { worker_connections 256; }
http {
  include mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path temp/body;
  proxy_temp_path temp/proxy;
  fastcgi_temp_path temp/fastcgi;
  uwsgi_temp_path temp/uwsgi;
  scgi_temp_path temp/scgi;
  include tcdm.conf;
}
`;
}

export interface NginxSite {
  /** The site's address, ending in its path (`http://127.0.0.1:<port>/` or `…/maps/tcdm/`). */
  url: string;
  /** The folder nginx serves (a copy of SITE_DIR). */
  folder: string;
  /** The configuration nginx was given: the doc's block, filled. */
  config: string;
  /**
   * Writes deploy `n` over the served folder, as a new build copied over the old one would: an
   * index.html carrying `<meta name="tcdm-deploy" content="n">`, and sw.js with that file's new
   * revision (Workbox's revision is the file's MD5) in place of the old one, written last.
   */
  deploy(n: number): Promise<void>;
  stop(): Promise<void>;
}

const md5 = (text: string): string => createHash('md5').update(text).digest('hex');

/** Starts nginx serving a copy of the built site at `path` (`/` or a sub-path ending in `/`). */
export async function startNginx(path: string): Promise<NginxSite> {
  const nginx = findNginx();
  if (!existsSync(join(SITE_DIR, 'index.html'))) throw new Error(`no built site in ${SITE_DIR}: run \`npm run build:e2e\` first`);
  const dir = await mkdtemp(join(tmpdir(), 'tcdm-nginx-'));
  // nginx started by root runs its workers as an unprivileged user, who must read the site.
  await chmod(dir, 0o755);
  const folder = join(dir, 'site');
  await cp(SITE_DIR, folder, { recursive: true });
  const config = fillConfig(docConfig(await readFile(HOSTING_DOC, 'utf8')), { port: NGINX_PORT, path, folder });
  await writeFile(join(dir, 'tcdm.conf'), config);
  await writeFile(join(dir, 'nginx.conf'), mainConfig());
  await copyFile(MIME_TYPES, join(dir, 'mime.types'));
  await mkdir(join(dir, 'temp'), { mode: 0o755 });
  const args = (pid: string) => ['-p', `${dir}/`, '-c', join(dir, 'nginx.conf'), '-e', 'stderr', '-g', `daemon off; pid ${join(dir, pid)};`];

  // (nginx -t writes its pid file too: another one than the server's, which says it listens.)
  const checked = spawnSync(nginx, ['-t', ...args('test.pid')], { encoding: 'utf8' });
  if (checked.status !== 0) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`nginx -t refused the configuration (docs/HOSTING.md's block, filled):\n${checked.stderr}\n${config}`);
  }

  // Listening once the pid file exists: nginx writes it after binding its port.
  const pidFile = join(dir, 'nginx.pid');
  let watcher: FSWatcher | undefined;
  const listening = new Promise<null>((done) => {
    const look = () => {
      if (!existsSync(pidFile)) return;
      watcher?.close();
      done(null);
    };
    watcher = watch(dir, look);
    look();
  });
  const child: ChildProcess = spawn(nginx, args('nginx.pid'), { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<string>((done) => {
    child.once('error', (e) => done(`nginx did not start: ${e.message}`));
    child.once('exit', (code, signal) => done(`nginx exited (${code ?? signal}):\n${log}`));
  });
  const failed = await Promise.race([listening, exited]);
  if (failed !== null) {
    watcher?.close();
    await rm(dir, { recursive: true, force: true });
    throw new Error(failed);
  }
  const url = `http://127.0.0.1:${NGINX_PORT}${path}`;

  return {
    url,
    folder,
    config,
    async deploy(n) {
      const next = join(dir, `deploy-${n}`);
      await cp(folder, next, { recursive: true });
      const html = await readFile(join(next, 'index.html'), 'utf8');
      const worker = await readFile(join(next, 'sw.js'), 'utf8');
      const page = html.replace('<head>', `<head><meta name="tcdm-deploy" content="${n}">`);
      if (page === html) throw new Error('the built index.html has no <head> to mark');
      if (!worker.includes(md5(html))) throw new Error("sw.js does not carry index.html's MD5 as its revision: how does the build revision the precache now?");
      await writeFile(join(next, 'index.html'), page);
      await writeFile(join(next, 'sw.js'), worker.replaceAll(md5(html), md5(page)));
      const before = await stat(join(folder, 'sw.js'));
      // As docs/HOSTING.md tells a deploy to: sw.js last, and at once (a rename), so a browser that
      // looks for a new worker mid-copy never precaches the old page under the new revision.
      await cp(next, folder, { recursive: true, force: true, filter: (from) => from !== join(next, 'sw.js') });
      // nginx's ETag is the modification time (in seconds) and the size; sw.js keeps its size.
      const later = new Date(Math.max(Date.now(), before.mtimeMs + 1000));
      await utimes(join(folder, 'index.html'), later, later);
      await utimes(join(next, 'sw.js'), later, later);
      await rename(join(next, 'sw.js'), join(folder, 'sw.js'));
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
