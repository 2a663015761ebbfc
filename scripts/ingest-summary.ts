import type { IngestReport } from '../src/ingest/run.ts';

/** The readable summary of an ingest run, for stdout. */
export function summarize(report: IngestReport): string {
  const { counts } = report;
  const lines = [
    `Ingest: ${counts.files} files → ${counts.reports} reports, ${counts.rejected} rejected, ${counts.duplicates} duplicates`,
  ];
  for (const outcome of report.files) {
    if (outcome.status === 'rejected') lines.push(`  rejected  ${outcome.file}: ${outcome.reason}`);
    if (outcome.status === 'duplicate') lines.push(`  duplicate ${outcome.file}: same text as ${outcome.duplicateOf}`);
  }
  for (const override of report.overrides) {
    if (override.status === 'error') lines.push(`  override error ${override.file}: ${override.reason}`);
  }
  return lines.join('\n');
}
