/**
 * The site plan (site-plan.ts) in a process of its own, started by
 * site-build.ts with one argument, a JSON of the plan's arguments and the
 * file to leave the plan in. A failure is told on stderr, message only,
 * and the exit code is 1.
 */
import { writeFileAtomic } from '../fs/write-atomic.ts';
import { planSite, type SiteBuildPaths } from './site-plan.ts';

interface PlanArguments {
  paths: SiteBuildPaths;
  partSize: number;
  listingSize: number;
  planFile: string;
}

try {
  const { paths, partSize, listingSize, planFile } = JSON.parse(process.argv[2] ?? '') as PlanArguments;
  const plan = await planSite(paths, partSize, listingSize);
  await writeFileAtomic(planFile, JSON.stringify(plan));
  process.exit(0);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
