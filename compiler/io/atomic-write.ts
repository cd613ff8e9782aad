// Crash-safe file output: write a temp file beside the target, fsync it, rename it over the target.
// A reader (or a rerun after a crash) sees either the old file or the complete new one, never half.
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** One file to write: its final path and its contents (a string is written as UTF-8). */
export interface FileToWrite {
  path: string;
  data: Uint8Array | string;
}

/**
 * Writes `data` to `path` atomically: `<dir>/.<name>.<pid>.<random>.tmp` is written in the same
 * directory (rename is only atomic within one file system), fsynced, then renamed over `path`.
 * On any error the temp file is removed and the error is rethrown; `path` is then untouched.
 */
export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  writeFilesAtomic([{ path, data }]);
}

/**
 * Writes several files so that none is replaced unless all were written: every temp file is written
 * and fsynced first, and the renames start only when all succeeded (a `.qir` and its `.safetensors`
 * must not go out of step because the disk filled up half-way). The renames themselves are separate
 * system calls, so a crash between two of them can still leave one file new and one old.
 */
export function writeFilesAtomic(files: readonly FileToWrite[]): void {
  const temps: string[] = [];
  try {
    for (const file of files) {
      const temp = tempPathFor(file.path);
      // Pushed before writing so that a failure inside writeTemp still removes a created file.
      temps.push(temp);
      writeTemp(temp, file.data);
    }
    files.forEach((file, i) => {
      renameSync(temps[i]!, file.path);
      temps[i] = '';
    });
  } catch (err) {
    for (const temp of temps) if (temp !== '') removeQuietly(temp);
    throw err;
  }
  for (const dir of new Set(files.map((f) => dirname(f.path)))) syncDirectory(dir);
}

/** `<dir>/.<name>.<pid>.<random>.tmp`: hidden, unique per process and call, same directory as the target. */
function tempPathFor(path: string): string {
  const suffix = `${process.pid}.${randomBytes(6).toString('hex')}`;
  return join(dirname(path), `.${basename(path)}.${suffix}.tmp`);
}

function writeTemp(temp: string, data: Uint8Array | string): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  // 'wx' fails if the name exists, so we never write through someone else's file or symlink.
  const fd = openSync(temp, 'wx');
  try {
    let done = 0;
    while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone (or never created): the original error is the one worth reporting.
  }
}

/**
 * Makes the renames durable by fsyncing the directory. Best effort: some platforms (Windows) and file
 * systems cannot open or sync a directory, and the data itself is already safely on disk by now.
 */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // See the doc comment: durability of the rename is a bonus, not a requirement.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
