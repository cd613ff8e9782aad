// How a worker gets a bundle: in place when its files are there unchanged, else from the blob store into
// its cache, every byte checked; a blob that is missing or wrong is a one-line refusal.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../../core/diagnostics.js';
import { pathBundle, sha256Hex } from '../../../../tools/sweep/input-bundle.js';
import { localBundlePath, uploadBundles, type BlobStore } from '../../../../tools/sweep/queue/blob-store.js';
import { errorFromReason } from '../../../../tools/sweep/queue/queue-pool.js';
import { parseRedisUrl } from '../../../../tools/sweep/queue/redis-target.js';
import { firstDiagnostic as diagnostic } from '../../../user-error.js';

function memoryStore(): BlobStore & { map: Map<string, Buffer> } {
  const map = new Map<string, Buffer>();
  return { map, has: async (k) => map.has(k), put: async (k, v) => void map.set(k, v), get: async (k) => map.get(k) ?? null };
}

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'accsim-blob-'));
  writeFileSync(join(dir, 'a.bin'), 'alpha');
  cpSync(join(dir, 'a.bin'), join(dir, 'b.bin'));
  return dir;
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return `${e.diagnostics[0]!.code}: ${e.diagnostics[0]!.message}`;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('blob store', () => {
  it('uses the files in place when they are unchanged, else lays them out from the store', async () => {
    const dir = dataDir();
    const b = pathBundle(dir);
    const store = memoryStore();
    // Two files with equal content are one blob.
    expect(await uploadBundles(store, [b])).toBe(5);
    expect(store.map.size).toBe(1);
    const cache = mkdtempSync(join(tmpdir(), 'accsim-cache-'));
    expect(await localBundlePath(b, store, cache, 'data directory')).toBe(join(dir, '.'));
    const moved = { ...b, root: join(dir, 'gone') };
    const local = await localBundlePath(moved, store, cache, 'data directory');
    expect(local).toBe(join(cache, b.hash, '.'));
    expect(readFileSync(join(local, 'b.bin'), 'utf8')).toBe('alpha');
  });

  it('refuses a bundle the store lacks or holds other bytes for, writing nothing to the cache', async () => {
    const dir = dataDir();
    const b = { ...pathBundle(dir), root: join(dir, 'gone') };
    const cache = mkdtempSync(join(tmpdir(), 'accsim-cache-'));
    expect(await codeOf(localBundlePath(b, memoryStore(), cache, 'data directory'))).toMatch(/^SWP042: cannot read the data directory .*gone: .*Redis no longer holds a\.bin/);
    const bad = memoryStore();
    bad.map.set(sha256Hex('alpha'), Buffer.from('omega'));
    expect(await codeOf(localBundlePath(b, bad, cache, 'data directory'))).toMatch(/^SWP043: refusing the data directory: the bytes stored for a\.bin hash to /);
    expect(existsSync(join(cache, b.hash))).toBe(false);
    rmSync(dir, { recursive: true });
  });

  it('parses --queue URLs and refuses others in one line', () => {
    expect(parseRedisUrl('redis://u:secret@10.1.2.3:7000/2')).toEqual({ shown: 'redis://u:***@10.1.2.3:7000/2', options: { host: '10.1.2.3', port: 7000, db: 2, username: 'u', password: 'secret' } });
    expect(parseRedisUrl('redis://localhost').options.port).toBe(6379);
    for (const bad of ['localhost:6379', 'http://h:1', 'redis://h:1/x']) expect(diagnostic(() => parseRedisUrl(bad)).code).toBe('SWP040');
  });

  it("turns a worker's one-line user error back into a UserError, anything else into an internal error", () => {
    const user = errorFromReason('QMOD007: cannot fold', 'w8a8@8x8/ws');
    expect(user).toBeInstanceOf(UserError);
    expect((user as UserError).diagnostics[0]).toMatchObject({ code: 'QMOD007', message: 'cannot fold' });
    const crash = errorFromReason('evaluation thread exited (code 1) during the point', 'w8a8@8x8/ws');
    expect(crash).not.toBeInstanceOf(UserError);
    expect(crash.message).toBe('point w8a8@8x8/ws failed on a worker after its retries: evaluation thread exited (code 1) during the point');
  });
});
