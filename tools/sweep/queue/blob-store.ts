// Model and data travel by content: the coordinator stores each input file in Redis once, under its
// SHA-256, and a worker lays a bundle out in its cache from there (or uses the coordinator's own path
// when this machine sees the same files there, e.g. a shared file system). Every byte is checked
// against its hash; a worker never evaluates files other than those the sweep was started with.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Redis } from 'ioredis';
import { fail } from '../../../core/diagnostics.js';
import { sha256Hex, type InputBundle } from '../input-bundle.js';

/** Where blobs live: Redis in production, a Map in tests. */
export interface BlobStore {
  has(sha256: string): Promise<boolean>;
  put(sha256: string, data: Buffer): Promise<void>;
  get(sha256: string): Promise<Buffer | null>;
}

const blobKey = (sha256: string) => `accsim:blob:${sha256}`;

/** The blob store in Redis (keys accsim:blob:<sha256>, written once with SET NX). */
export function redisBlobStore(redis: Redis): BlobStore {
  return {
    has: async (sha) => (await redis.exists(blobKey(sha))) === 1,
    put: async (sha, data) => void (await redis.set(blobKey(sha), data, 'NX')),
    get: (sha) => redis.getBuffer(blobKey(sha)),
  };
}

/** Stores every file of the bundles that the store lacks; returns the bytes sent. */
export async function uploadBundles(store: BlobStore, bundles: readonly InputBundle[]): Promise<number> {
  let sent = 0;
  for (const b of bundles) {
    for (const f of b.files) {
      if (await store.has(f.sha256)) continue;
      const data = readFileSync(join(b.root, f.path));
      // The file changed since it was hashed: refuse rather than ship bytes under another name.
      if (sha256Hex(data) !== f.sha256) fail('SWP043', `${join(b.root, f.path)} changed while the sweep was being submitted; submit again`);
      await store.put(f.sha256, data);
      sent += data.length;
    }
  }
  return sent;
}

/** True when every file of `b` is at its original path with its original content. */
function atOriginalPath(b: InputBundle): boolean {
  return b.files.every((f) => {
    const path = join(b.root, f.path);
    return existsSync(path) && sha256Hex(readFileSync(path)) === f.sha256;
  });
}

// Bundles already verified at their original path by this process (the check reads every byte).
const verifiedInPlace = new Set<string>();

/**
 * The local path of bundle `b` (its entry): the original path when this machine holds the same files
 * there, else a copy in `cacheDir/<hash>/` fetched from the store once and checked byte for byte.
 * SWP042 when neither has it, SWP043 when the stored bytes do not match their hash. `what` names the input.
 */
export async function localBundlePath(b: InputBundle, store: BlobStore, cacheDir: string, what: string): Promise<string> {
  const inPlace = `${b.root}\0${b.hash}`;
  if (verifiedInPlace.has(inPlace) || atOriginalPath(b)) {
    verifiedInPlace.add(inPlace);
    return join(b.root, b.entry);
  }
  const dir = join(cacheDir, b.hash);
  // The cache directory appears by one rename, complete or not at all.
  if (existsSync(dir)) return join(dir, b.entry);
  const tmp = `${dir}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    mkdirSync(tmp, { recursive: true });
    for (const f of b.files) {
      const data = await store.get(f.sha256);
      if (data === null) fail('SWP042', `cannot read the ${what} ${b.entry === '.' ? b.root : join(b.root, b.entry)}: this machine has other files or none at that path, and Redis no longer holds ${f.path} (sha256 ${f.sha256.slice(0, 12)}); rerun the sweep command to upload it again`);
      if (sha256Hex(data) !== f.sha256) fail('SWP043', `refusing the ${what}: the bytes stored for ${f.path} hash to ${sha256Hex(data).slice(0, 12)}, not ${f.sha256.slice(0, 12)}`);
      mkdirSync(dirname(join(tmp, f.path)), { recursive: true });
      writeFileSync(join(tmp, f.path), data);
    }
    mkdirSync(cacheDir, { recursive: true });
    try {
      renameSync(tmp, dir);
    } catch (e) {
      // Another job of this worker laid out the same bundle meanwhile: theirs is as good as ours.
      if (!existsSync(dir)) throw e;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return join(dir, b.entry);
}
