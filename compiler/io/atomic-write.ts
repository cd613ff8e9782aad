// Crash-safe file output: write a temp file beside the target, fsync it, rename it over the target.
// A reader (or a rerun after a crash) sees either the old file or the complete new one, never half,
// and SIGINT/SIGTERM/SIGHUP arriving mid-write take effect only once the temp files are gone.
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fail } from '../../core/diagnostics.js';

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
 * A target that is a directory, or whose directory does not exist or cannot be written, is a
 * UserError (IO003/IO004/IO005) naming the path; nothing is written then.
 */
export function writeFilesAtomic(files: readonly FileToWrite[]): void {
  for (const file of files) checkOutputPath(file.path);
  const temps: string[] = [];
  deferTerminatingSignals();
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
    const e = err as NodeJS.ErrnoException;
    if (typeof e.code === 'string' && typeof e.syscall === 'string') fail('IO005', `cannot write ${files.map((f) => `'${f.path}'`).join(' and ')}: ${e.message.split(',')[0]}`);
    throw err;
  }
  for (const dir of new Set(files.map((f) => dirname(f.path)))) syncDirectory(dir);
}

/**
 * IO003 when `path` is a directory, IO004 when its directory does not exist: checked before any byte is
 * written (and by commands before they start working, so a bad path fails at once).
 */
export function checkOutputPath(path: string): void {
  const kind = (p: string): 'dir' | 'file' | 'none' => {
    try {
      return statSync(p).isDirectory() ? 'dir' : 'file';
    } catch {
      return 'none';
    }
  };
  if (kind(path) === 'dir') fail('IO003', `cannot write '${path}': it is a directory; give a file name`, { file: path });
  const dir = dirname(path);
  const parent = kind(dir);
  if (parent !== 'dir') fail('IO004', `cannot write '${path}': ${parent === 'none' ? `directory '${dir}' does not exist` : `'${dir}' is not a directory`}`, { file: path });
}

const TERMINATING_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let deferring = false;

/**
 * Without a listener, SIGINT/SIGTERM/SIGHUP kill the process at once, possibly between creating a temp
 * file and renaming or removing it. Listeners make the kernel deliver them to the event loop instead, which
 * runs only after the synchronous write has finished. Once the loop turns, the listeners go; a signal that
 * arrived meanwhile is raised again, now with its default action (unless someone else listens for it, e.g.
 * the sweep's Ctrl-C handler, which then gets it too). Long computations between writes stay interruptible.
 */
function deferTerminatingSignals(): void {
  if (deferring) return;
  deferring = true;
  const pending: NodeJS.Signals[] = [];
  const onSignal = (signal: NodeJS.Signals) => void pending.push(signal);
  for (const s of TERMINATING_SIGNALS) process.on(s, onSignal);
  // Two turns: a signal caught during the write is read from libuv's signal pipe in a poll phase, and the
  // first check phase may come before that poll (when the write ran inside an I/O callback).
  setImmediate(() => setImmediate(() => {
    for (const s of TERMINATING_SIGNALS) process.off(s, onSignal);
    deferring = false;
    const signal = pending[0];
    if (signal !== undefined && process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  }));
}

/** `<dir>/.<name>.<pid>.<random>.tmp`: hidden, unique per process and call, same directory as the target. */
function tempPathFor(path: string): string {
  const suffix = `${process.pid}.${randomBytes(6).toString('hex')}`;
  return join(dirname(path), `.${basename(path)}.${suffix}.tmp`);
}

function writeTemp(temp: string, data: Uint8Array | string): void {
  // 'wx' fails if the name exists, so we never write through someone else's file or symlink.
  const fd = openSync(temp, 'wx');
  try {
    writeAllSynced(fd, data);
  } finally {
    closeSync(fd);
  }
}

/** Writes all of `data` (a string as UTF-8) at `fd`'s position, then fsyncs: on disk when it returns. */
export function writeAllSynced(fd: number, data: Uint8Array | string): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
  fsyncSync(fd);
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone (or never created): the original error is the one worth reporting.
  }
}

/**
 * Makes renames (or a newly created file's entry) durable by fsyncing the directory. Best effort: some platforms
 * (Windows) and file systems cannot open or sync a directory, and the data itself is already safely on disk by now.
 */
export function syncDirectory(dir: string): void {
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
