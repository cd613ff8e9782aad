// A private redis-server for tests: a free loopback port, its own temp folder, AOF on with an fsync per
// write (so a SIGKILL loses nothing that was acknowledged) and no RDB snapshots. stop() is idempotent
// and also runs at process exit, so a failing test never leaves a server behind.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

/** True when Debian's redis-server is installed (.ci/run installs it). */
export const HAVE_REDIS = spawnSync('redis-server', ['--version']).status === 0;

/** A free TCP port on 127.0.0.1 (bound and released: the kernel will not hand it out again at once). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A running test server. */
export interface TestRedis {
  url: string;
  port: number;
  /** SIGKILL (no shutdown, no final AOF rewrite), then start again on the same port and folder. */
  crashAndRestart(): Promise<void>;
  stop(): Promise<void>;
}

async function waitForPing(port: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const c = new Redis({ host: '127.0.0.1', port, lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    c.on('error', () => {});
    try {
      await c.connect();
      await c.ping();
      return;
    } catch (e) {
      if (Date.now() > until) throw new Error(`redis-server on port ${port} did not answer: ${(e as Error).message}`);
    } finally {
      c.disconnect();
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts a server. */
export async function startRedis(): Promise<TestRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'accsim-redis-'));
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', '', '--maxmemory-policy', 'noeviction', '--daemonize', 'no', '--logfile', join(dir, 'redis.log')];
  let child: ChildProcess | undefined;
  const launch = async () => {
    child = spawn('redis-server', args, { stdio: 'ignore' });
    await waitForPing(port, 10_000);
  };
  const kill = async (signal: NodeJS.Signals) => {
    const c = child;
    child = undefined;
    if (c === undefined || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill(signal);
    await exited;
  };
  const atExit = () => child?.kill('SIGKILL');
  process.once('exit', atExit);
  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    crashAndRestart: async () => {
      await kill('SIGKILL');
      await launch();
    },
    stop: async () => {
      process.off('exit', atExit);
      await kill('SIGTERM');
    },
  };
}
