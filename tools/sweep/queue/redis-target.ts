// The Redis a distributed sweep runs on: `--queue redis://[user:password@]host:port[/db]` (or rediss://
// for TLS) parsed once, and checked reachable before anything is submitted or served, so a wrong URL is
// one line (SWP040) instead of a client retrying forever.
import type { ConnectionOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import { fail } from '../../../core/diagnostics.js';

/** A parsed --queue URL: the connection options and the URL as shown in messages (password hidden). */
export interface RedisTarget {
  readonly shown: string;
  readonly options: RedisOptions;
}

/** Parses `--queue`; SWP040 for anything but redis:// or rediss:// with a host (and a port and db that are numbers). */
export function parseRedisUrl(text: string): RedisTarget {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    fail('SWP040', `--queue "${text}" is not a URL; give redis://host:port (e.g. redis://127.0.0.1:6379)`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') fail('SWP040', `--queue "${text}": expected a redis:// or rediss:// URL, got ${url.protocol}//`);
  if (url.hostname === '') fail('SWP040', `--queue "${text}" names no host; give redis://host:port`);
  const port = url.port === '' ? 6379 : Number(url.port);
  const dbText = url.pathname.replace(/^\//, '');
  const db = dbText === '' ? 0 : Number(dbText);
  if (!Number.isInteger(db) || db < 0) fail('SWP040', `--queue "${text}": the database after the slash must be a number, got "${dbText}"`);
  const options: RedisOptions = { host: url.hostname.replace(/^\[|\]$/g, ''), port, db };
  if (url.username !== '') options.username = decodeURIComponent(url.username);
  if (url.password !== '') options.password = decodeURIComponent(url.password);
  if (url.protocol === 'rediss:') options.tls = {};
  const shown = `${url.protocol}//${url.username === '' ? '' : `${url.username}${url.password === '' ? '' : ':***'}@`}${url.host}${dbText === '' ? '' : `/${db}`}`;
  return { shown, options };
}

/**
 * Options for the long-lived connections (coordinator, worker): never give up on a command (BullMQ
 * workers require it), so a Redis restart is waited out instead of failing the sweep.
 */
export function durableOptions(target: RedisTarget): RedisOptions & ConnectionOptions {
  const { host, port, db, username, password, tls } = target.options;
  return { host, port, db, username, password, tls, maxRetriesPerRequest: null, retryStrategy: (times: number) => Math.min(200 * times, 2000) } as RedisOptions & ConnectionOptions;
}

/** Connects once with a short timeout and no retries; SWP040 naming the URL and the reason when Redis cannot be reached. */
export async function checkReachable(target: RedisTarget, timeoutMs = 3000): Promise<void> {
  const probe = new Redis({ ...target.options, lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  // connect() rejects with a bare "Connection is closed"; the 'error' event carries the reason (ECONNREFUSED, ...).
  let reason: string | undefined;
  probe.on('error', (e: Error) => void (reason ??= e.message));
  try {
    await probe.connect();
    await probe.ping();
  } catch (e) {
    fail('SWP040', `cannot reach Redis at ${target.shown}: ${reason ?? ((e as Error).message || 'connection failed')}`);
  } finally {
    probe.disconnect();
  }
}
