/**
 * npm run corpus -- --count N [--seed S] [--out DIR]
 * Writes N deterministic synthetic raw reports (see src/corpus/generate.ts).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateReport } from '../src/corpus/generate.ts';

export async function writeCorpus(count: number, seed: number, out: string): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const batch: Promise<void>[] = [];
  for (let index = 0; index < count; index++) {
    const report = generateReport(seed, index, count);
    batch.push(writeFile(path.join(out, report.fileName), report.text));
    if (batch.length >= 256) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: 'bench-output/corpus' },
    },
  });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1) {
    console.error('corpus: --count must be a positive whole number');
    process.exit(2);
  }
  await writeCorpus(count, Number(values.seed), values.out);
  console.log(`Wrote ${count} synthetic reports to ${values.out}`);
}
