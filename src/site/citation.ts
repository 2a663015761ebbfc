/** The one-line citation a reader copies from a report page. */
import type { Report } from '../report/schema.ts';
import { strings } from './strings.ts';
import { formatShortDate } from './format.ts';
import { reportDate } from './archive-entry.ts';

/**
 * `Tác giả, "Tiêu đề", Đơn vị, 08/01/2021. Biên Niên, https://…/bao-cao/x/`
 * The author is left out when unknown; the date is the meeting's, else the
 * publication's. No access date: the page is built, not visited.
 */
export function citationLine(data: Report, url: string): string {
  const date = reportDate(data);
  const parts = [
    ...(data.author ? [data.author] : []),
    `"${data.title}"`,
    data.unit.name,
    date ? formatShortDate(date) : strings.report.unknownDate,
  ];
  return `${parts.join(', ')}. ${strings.siteName}, ${url}`;
}
