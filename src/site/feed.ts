/** RSS items for the whole archive and for each unit: the latest N, not everything. */
import type { RSSFeedItem } from '@astrojs/rss';
import { newestFirst, reportDate, type ArchiveEntry } from './archive-entry.ts';
import { formatLongDate } from './format.ts';
import { strings } from './strings.ts';
import { href, paths } from './urls.ts';

export const FEED_LENGTH = 30;

export function feedItems(entries: readonly ArchiveEntry[], limit = FEED_LENGTH): RSSFeedItem[] {
  return newestFirst(entries)
    .slice(0, limit)
    .map(({ id, data }) => {
      const date = reportDate(data);
      const pubDate = data.published ?? date;
      return {
        title: data.title,
        link: href(paths.report(id)),
        // A feed reader orders by this: the day it was published, else the meeting.
        pubDate: pubDate ? new Date(`${pubDate}T00:00:00Z`) : undefined,
        description: [
          data.unit.name,
          date && formatLongDate(date),
          data.chair && `${strings.report.chair}: ${data.chair.name}`,
        ]
          .filter(Boolean)
          .join(' · '),
        categories: [data.unit.name, ...(data.meetingType ? [data.meetingType] : [])],
      };
    });
}
