/**
 * The one content collection: the reports written by the ingest CLI.
 * Its schema is the same zod schema the CLI validates with, so a
 * hand-edited file with bad front matter fails the build, naming the file
 * and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportSchema } from './report/schema.ts';

export const collections = {
  reports: defineCollection({
    // The build may point the site at another collection (the benchmark does).
    loader: glob({ pattern: '*.md', base: process.env.BIEN_NIEN_REPORTS ?? './content/reports' }),
    schema: reportSchema,
  }),
};
