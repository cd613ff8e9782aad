// The CLI's pino logger: human-readable on a TTY, JSON lines otherwise or with --log-format json. Always stderr.
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type LogFormat = 'pretty' | 'json' | 'auto';
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

let current: Logger | undefined;

/** Creates the process-wide CLI logger (tools only; library code takes a logger argument or logs nothing). */
export function createLogger(level: LogLevel, format: LogFormat): Logger {
  const usePretty = format === 'pretty' || (format === 'auto' && process.stderr.isTTY === true);
  const stream = usePretty
    ? pretty({ destination: 2, sync: true, colorize: process.stderr.isTTY === true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss' })
    : pino.destination({ fd: 2, sync: true });
  current = pino({ level, base: undefined }, stream);
  return current;
}

/** The CLI logger (a silent one before createLogger runs, e.g. in tests). */
export function log(): Logger {
  current ??= pino({ level: 'silent' });
  return current;
}
