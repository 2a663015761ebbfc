/**
 * A file written under a temporary name and renamed into place: a reader,
 * or the next run after a crash, sees the old file or the new one, never
 * half of one. The folder must exist.
 */
import { rename, writeFile } from 'node:fs/promises';

export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const temporary = `${file}.tmp-${process.pid}`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}
