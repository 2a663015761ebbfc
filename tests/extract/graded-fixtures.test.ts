/**
 * Reports in formats the samples do not show, written for this project
 * in the forms seen on provincial, district, ward and military party
 * sites, each with a hand-read answer. The extractor must get at least
 * 90 % of the graded fields right over the set; each miss is listed.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';
import { GRADED_FIELDS, describeField, gradeField, type Answer } from './graded-fields.ts';

const folders = ['unseen', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5']
  .map((name) => new URL(`../fixtures/${name}/`, import.meta.url))
  .filter((folder) => existsSync(folder));

describe.each(folders.map((folder) => [folder.pathname.split('/').at(-2)!, folder] as const))(
  'graded fixtures: %s',
  (_name, folder) => {
    const files = readdirSync(folder)
      .filter((file) => file.endsWith('.txt'))
      .sort();

    it('has fixtures to grade', () => {
      expect(files.length).toBeGreaterThanOrEqual(10);
    });

    it('gets at least 90 % of the graded fields right', () => {
      const misses: string[] = [];
      let right = 0;
      for (const file of files) {
        const answer = JSON.parse(
          readFileSync(new URL(file.replace(/\.txt$/, '.expected.json'), folder), 'utf8'),
        ) as Answer;
        const result = extractReport(readFileSync(new URL(file, folder), 'utf8'), { file, sha256: '0'.repeat(64) });
        if (!result.ok) {
          misses.push(`${file}: rejected (${result.reason})`);
          continue;
        }
        for (const field of GRADED_FIELDS) {
          if (gradeField(field, result.report.record, answer)) right++;
          else
            misses.push(
              `${file} ${field}: got ${describeField(field, result.report.record)}, want ${JSON.stringify(answer[field])}`,
            );
        }
      }
      const total = files.length * GRADED_FIELDS.length;
      const score = right / total;
      console.log(`graded fields right: ${right}/${total} (${(100 * score).toFixed(1)} %)\n${misses.join('\n')}`);
      expect(score, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    });
  },
);
