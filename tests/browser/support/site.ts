/**
 * The built site for browser tests: build it once per test run (or reuse
 * dist/ when BIEN_NIEN_SKIP_BUILD=1) and serve it on 127.0.0.1 under a
 * base path, the way a static host does.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DIST = path.join(ROOT, 'dist');
export const OUTPUT = path.join(ROOT, 'test-output');
const STAMP = path.join(OUTPUT, 'site-build.json');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

export function normaliseBase(basePath: string): string {
  const lead = basePath.startsWith('/') ? basePath : `/${basePath}`;
  return lead.endsWith('/') ? lead : `${lead}/`;
}

/** Vitest workers of one run share the parent process: that identifies the run. */
function runId(): string {
  return String(process.ppid);
}

function readStamp(): { run: string; basePath: string } | null {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8')) as { run: string; basePath: string };
  } catch {
    return null;
  }
}

/**
 * The environment for a child build. Vitest puts Vite's own variables
 * (BASE_URL, MODE, DEV, PROD, SSR) into process.env, and Astro lets a
 * BASE_URL in the environment override `import.meta.env.BASE_URL`: a
 * child build would then link to "/" whatever BASE_PATH says.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const viteKeys = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
  const inherited = Object.entries(process.env).filter(([key]) => !viteKeys.has(key));
  return { ...Object.fromEntries(inherited), ...extra };
}

/** `npm run build` with BASE_PATH set; always writes dist/. */
export function buildSite(basePath = '/'): void {
  const base = normaliseBase(basePath);
  try {
    execFileSync('npm', ['run', 'build'], {
      cwd: ROOT,
      env: buildEnv({ BASE_PATH: base, ASTRO_TELEMETRY_DISABLED: '1' }),
      stdio: 'pipe',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`npm run build failed (BASE_PATH=${base}):\n${stdout ?? ''}\n${stderr ?? ''}`, { cause: error });
  }
  mkdirSync(OUTPUT, { recursive: true });
  writeFileSync(STAMP, JSON.stringify({ run: runId(), basePath: base }));
}

/** Builds unless this run already built dist/ for this base path. */
export function ensureBuilt(basePath = '/'): void {
  const base = normaliseBase(basePath);
  if (process.env.BIEN_NIEN_SKIP_BUILD === '1' && existsSync(path.join(DIST, 'index.html'))) return;
  const stamp = readStamp();
  if (stamp && stamp.run === runId() && stamp.basePath === base && existsSync(path.join(DIST, 'index.html'))) return;
  buildSite(base);
}

export interface Site {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  basePath: string;
  /** Absolute URL of a base-less site path: url('bao-cao/x/'). */
  url(sitePath?: string): string;
  close(): Promise<void>;
}

function fileFor(dir: string, urlPath: string): string | null {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.resolve(dir, `.${relative}`);
  if (file !== dir && !file.startsWith(`${dir}${path.sep}`)) return null;
  if (urlPath.endsWith('/')) return existsSync(path.join(file, 'index.html')) ? path.join(file, 'index.html') : null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Serves `dir` (default dist/) under `basePath`; 404s get 404.html, as on GitHub Pages. */
export async function serveDirectory(dir: string, basePath = '/'): Promise<Site> {
  const base = normaliseBase(basePath);
  const root = path.resolve(dir);
  const server = http.createServer(async (request, response) => {
    const { pathname, search } = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (pathname.startsWith(base)) {
      const inner = `/${pathname.slice(base.length)}`;
      const file = fileFor(root, inner);
      if (file) {
        const body = await readFile(file);
        const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
        // As GitHub Pages, Netlify and Cloudflare do: text goes gzipped to a browser that takes it.
        // Pagefind's index files are gzipped already; its WebAssembly is sent as it is.
        if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
          response.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
          response.end(gzipSync(body));
        } else {
          response.writeHead(200, { 'Content-Type': type });
          response.end(body);
        }
        return;
      }
      // A directory asked for without its slash: redirect, as static hosts do.
      if (!inner.endsWith('/') && fileFor(root, `${inner}/`)) {
        response.writeHead(301, { Location: `${pathname}/${search}` });
        response.end();
        return;
      }
    }
    const notFound = path.join(root, '404.html');
    response.writeHead(404, { 'Content-Type': CONTENT_TYPES['.html']! });
    response.end(existsSync(notFound) ? await readFile(notFound) : 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    basePath: base,
    url: (sitePath = '') => `${origin}${base}${sitePath.replace(/^\/+/, '')}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Builds dist/ for `basePath` if this run has not, then serves it. */
export async function startSite({ basePath = '/' }: { basePath?: string } = {}): Promise<Site> {
  ensureBuilt(basePath);
  return serveDirectory(DIST, basePath);
}
