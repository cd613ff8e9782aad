// The CLI's pino logger: human-readable on a TTY, JSON lines otherwise or with --log-format json. Always stderr.
// pino and pino-pretty load on the first log call, not at start-up: together they are ~70 CommonJS files,
// and most commands (`accsim sim` among them) log nothing at the default level.
import { createRequire } from 'node:module';
import type { Logger } from 'pino';
import type PinoPretty from 'pino-pretty';

export type LogFormat = 'pretty' | 'json' | 'auto';
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

// Both packages are CommonJS: require loads them synchronously where a dynamic import would make log() async.
const require = createRequire(import.meta.url);
const loadPino = () => (require('pino') as typeof import('pino')).pino;
const loadPretty = () => require('pino-pretty') as typeof PinoPretty;

let current: Logger | undefined;
/** What createLogger asked for, until the first log() builds it. */
let wanted: { level: LogLevel; format: LogFormat } | undefined;

/** Sets the process-wide CLI logger's level and format (tools only; library code takes a logger argument or
 *  logs nothing). The logger itself is built by the first log() call. */
export function createLogger(level: LogLevel, format: LogFormat): void {
  wanted = { level, format };
  current = undefined;
}

function build(level: LogLevel, format: LogFormat): Logger {
  const pino = loadPino();
  const usePretty = format === 'pretty' || (format === 'auto' && process.stderr.isTTY === true);
  const stream = usePretty
    ? loadPretty()({ destination: 2, sync: true, colorize: process.stderr.isTTY === true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss' })
    : pino.destination({ fd: 2, sync: true });
  return pino({ level, base: undefined }, stream);
}

/** The CLI logger (a silent one before createLogger runs, e.g. in tests). */
export function log(): Logger {
  current ??= wanted === undefined ? loadPino()({ level: 'silent' }) : build(wanted.level, wanted.format);
  return current;
}
