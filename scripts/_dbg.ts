import { readFileSync } from 'node:fs';
import { extractReport } from '../src/extract/index.ts';
for (const f of process.argv.slice(2)) {
  const r = extractReport(readFileSync(f, 'utf8'), { file: f, sha256: '0'.repeat(64) });
  if (!r.ok) { console.log(f, r.reason); continue; }
  const { record } = r.report;
  console.log(JSON.stringify({ title: record.title, published: record.published, meetingDate: record.meetingDate, unit: record.unit.name, chair: record.chair, author: record.author, decisions: record.decisions, warnings: record.warnings }, null, 1));
}
