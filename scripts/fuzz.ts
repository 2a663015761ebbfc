/**
 * npm run fuzz [-- --runs N --seed S]
 *
 * A longer fuzz pass than the test suite's: random and adversarial texts
 * (Vietnamese fragments, broken dates, nested patterns) through the whole
 * per-file path, bytes to Markdown file. Every input must end as a report
 * or a rejection with a reason, within a time bound; the slowest inputs
 * are printed.
 */
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { ADVERSARIAL_PIECES } from '../src/corpus/adversarial.ts';
import { generateReport } from '../src/corpus/generate.ts';
import { processFile } from '../src/ingest/process-file.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '20000' }, seed: { type: 'string', default: '42' } },
});
const PIECES = ADVERSARIAL_PIECES;
const text = fc.oneof(
  fc.string({ maxLength: 3000 }),
  fc.string({ unit: 'binary', maxLength: 1500 }),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 600 })
    .map((parts) => parts.join(' ')),
  fc.tuple(fc.nat(100_000), fc.nat(40)).map(([index, cut]) => {
    const report = generateReport(9, index).text;
    return report.slice(0, Math.floor((report.length * cut) / 40));
  }),
);
const bytes = fc.oneof(
  text.map((value) => new TextEncoder().encode(value)),
  fc.uint8Array({ maxLength: 4000 }),
);

const BOUND_MS = 2000;
let slowest: { ms: number; sample: string }[] = [];
let reports = 0;
let rejections = 0;
const started = performance.now();
fc.assert(
  fc.property(bytes, (input) => {
    const begin = performance.now();
    const result = processFile({ file: 'fuzz.txt', bytes: input });
    const ms = performance.now() - begin;
    if (result.status === 'report') reports++;
    else if (result.reason.length > 0) rejections++;
    else throw new Error('a rejection without a reason');
    slowest = [...slowest, { ms, sample: Buffer.from(input).toString('utf8').slice(0, 80) }]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3);
    if (ms > BOUND_MS) throw new Error(`an input took ${ms.toFixed(0)} ms (bound ${BOUND_MS} ms)`);
  }),
  { numRuns: Number(values.runs), seed: Number(values.seed) },
);
const seconds = (performance.now() - started) / 1000;
console.log(
  `fuzz: ${values.runs} inputs in ${seconds.toFixed(1)} s: ${reports} reports, ${rejections} rejections, none threw`,
);
console.log(`slowest: ${slowest.map((entry) => `${entry.ms.toFixed(1)} ms`).join(', ')}`);
