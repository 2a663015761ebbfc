/**
 * Builds for tests, in child processes as `npm run build` runs them,
 * without Vitest's Vite variables (Astro would take its BASE_URL for the
 * site's): `astro build` of a report collection, or the whole build script.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withCompileCache } from '../../src/build/compile-cache.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key)),
  );
  // As the build script does (see compile-cache.ts): Node's compile cache in the project's folder, not Astro's default.
  return withCompileCache({ ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra });
}

export function astroBuild(options: { reports: string; out: string; cache: string }): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: childEnv({ BIEN_NIEN_REPORTS: options.reports, ASTRO_OUT_DIR: options.out, ASTRO_CACHE_DIR: options.cache }),
  });
}

/** `scripts/build.ts` over the given folders (each one a flag of the script), quiet as in CI. */
export function buildScript(
  folders: { input: string; reports: string; out: string; cache: string; overrides?: string },
  env: Record<string, string> = {},
): SpawnSyncReturns<string> {
  const flags = Object.entries(folders).flatMap(([flag, folder]) => [`--${flag}`, folder]);
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', ...flags], {
    cwd: ROOT,
    encoding: 'utf8',
    env: childEnv({ CI: 'true', ...env }),
  });
}

/**
 * The build script over the synthetic corpus in `<work>/raw`. The reports
 * and cache of each `name` are kept in `work`, so a later build of the same
 * name is a rebuild; the bundled overrides, which name the sample reports,
 * are left out.
 */
export function buildCorpus(
  work: string,
  name: string,
  out: string,
  env: Record<string, string> = {},
): SpawnSyncReturns<string> {
  return buildScript(
    {
      input: path.join(work, 'raw'),
      reports: path.join(work, `${name}-reports`),
      out,
      cache: path.join(work, `${name}-cache`),
      overrides: path.join(work, 'no-overrides'),
    },
    env,
  );
}
