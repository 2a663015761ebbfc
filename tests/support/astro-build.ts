/**
 * `astro build` of a given report collection into a given folder, in a
 * child process as `npm run build` runs it, without Vitest's Vite
 * variables (Astro would take its BASE_URL for the site's).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function astroBuild(options: { reports: string; out: string; cache: string }): SpawnSyncReturns<string> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key)),
  );
  return spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...env,
      ASTRO_TELEMETRY_DISABLED: '1',
      BIEN_NIEN_REPORTS: options.reports,
      ASTRO_OUT_DIR: options.out,
      ASTRO_CACHE_DIR: options.cache,
    },
  });
}
