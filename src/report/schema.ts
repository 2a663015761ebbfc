/**
 * The report record: the one source of truth for its shape.
 *
 * The ingest CLI validates every record with it before writing, and the
 * Astro content collection (src/content.config.ts) validates the same front
 * matter with it at build time, so a hand-edited file cannot drift.
 * `z` comes from `astro/zod`, which is plain zod 4, so Node scripts outside
 * Astro can import this module too.
 */
import { z } from 'astro/zod';

/** Quoted "YYYY-MM-DD" strings that name a real calendar day. */
export const isoDateSchema = z.iso.date();

export const UNIT_LEVELS = ['province', 'city', 'district', 'commune', 'bloc', 'military', 'cell', 'other'] as const;

export const unitLevelSchema = z.enum(UNIT_LEVELS);

export const unitSchema = z.object({
  name: z.string().min(1),
  level: unitLevelSchema,
  slug: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case ASCII words joined by dashes'),
});

export const personSchema = z.object({
  name: z.string().min(1),
  role: z.string(),
});

export const termSchema = z
  .object({
    start: z.number().int().min(1930).max(2100),
    end: z.number().int().min(1930).max(2100),
  })
  .refine((term) => term.end > term.start, { message: 'a term must end after it starts' });

export const reportSchema = z.object({
  title: z.string().min(1),
  published: isoDateSchema.nullable(),
  publishedTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:mm')
    .nullable(),
  meetingDate: isoDateSchema.nullable(),
  meetingDateInferred: z.boolean(),
  unit: unitSchema,
  organ: z.string().nullable(),
  meetingType: z.string().nullable(),
  chair: personSchema.nullable(),
  term: termSchema.nullable(),
  session: z.string().nullable(),
  decisions: z.array(z.string().min(1)),
  participants: z.array(personSchema),
  author: z.string().nullable(),
  captions: z.array(z.string()),
  source: z.object({
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    site: z.string().optional(),
  }),
  warnings: z.array(z.string()),
  /** The fields an archivist corrected in content/overrides. */
  corrections: z.array(z.string()).optional(),
});

export type Report = z.infer<typeof reportSchema>;

/**
 * The record as the listing pages get it: the fields they show or group
 * by, and none of the long ones that only a report's own page and the
 * open data show (decisions, captions, the raw file and its hash). The
 * listings build holds every record of the archive in memory, so what it
 * does not need it is not given; and an edit to a report's body changes
 * none of these fields unless it changes what the lists show.
 */
export const listedReportSchema = reportSchema.pick({
  title: true,
  published: true,
  meetingDate: true,
  unit: true,
  organ: true,
  meetingType: true,
  chair: true,
  term: true,
  participants: true,
});
export type ListedReport = z.infer<typeof listedReportSchema>;

const LISTED_FIELDS = Object.keys(listedReportSchema.shape) as (keyof ListedReport)[];

/** A record cut down to its listed fields, in the schema's order. */
export function listedRecord(report: ListedReport): ListedReport {
  return Object.fromEntries(LISTED_FIELDS.map((field) => [field, report[field]])) as ListedReport;
}
export type Unit = z.infer<typeof unitSchema>;
export type UnitLevel = z.infer<typeof unitLevelSchema>;
export type Person = z.infer<typeof personSchema>;
export type Term = z.infer<typeof termSchema>;
