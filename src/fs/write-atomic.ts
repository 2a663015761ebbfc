/**
 * A file written under a temporary name and renamed into place: a reader,
 * or the next run after a crash, sees the old file or the new one, never
 * half of one. The folder must exist. Renaming also leaves alone a file
 * that the old name was a hard link to (the site's files are links into
 * caches).
 */
import { renameSync, writeFileSync } from 'node:fs';
import { open, rename, writeFile } from 'node:fs/promises';

/** Beside the file, so that the rename stays on one file system; one name per process. */
function temporaryPathOf(file: string): string {
  return `${file}.tmp-${process.pid}`;
}

/** `write` fills the temporary file it is given; the file then takes the place of `file`. */
export async function replaceFileAtomic(file: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = temporaryPathOf(file);
  await write(temporary);
  await rename(temporary, file);
}

export async function writeFileAtomic(file: string, content: string): Promise<void> {
  await replaceFileAtomic(file, (temporary) => writeFile(temporary, content));
}

/**
 * The same for a text made in pieces, written as they are made, about a
 * megabyte at a time: a large file's whole text is never held at once
 * (a memory of 100,000 records was a string of 143 million characters,
 * 286 MB, and its UTF-8 copy another 165 MB).
 */
export async function writeChunksAtomic(file: string, chunks: Iterable<string>): Promise<void> {
  await replaceFileAtomic(file, async (temporary) => {
    const handle = await open(temporary, 'w');
    try {
      let buffer = '';
      for (const chunk of chunks) {
        buffer += chunk;
        if (buffer.length > 1 << 20) {
          await handle.write(buffer);
          buffer = '';
        }
      }
      await handle.write(buffer);
    } finally {
      await handle.close();
    }
  });
}

/**
 * The same, without leaving the thread: for a run that writes thousands of
 * small files, where each asynchronous call's trip through Node's file
 * threads cost more than the write itself (see `inSlices`).
 */
export function writeFileAtomicSync(file: string, content: string): void {
  const temporary = temporaryPathOf(file);
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}
