import type { LogLevel, LogMetadata, Logger as SdkLogger } from '@temporalio/common';
import { pino } from 'pino';
import type { Logger } from '../config/logger.js';

// The Temporal SDK's own logs (the worker's state, its native core, and the workflows' and activities' `log`) as
// the process's pino lines: one JSON format and one LOG_LEVEL for everything the worker says.

const PINO_LEVEL = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const satisfies Record<LogLevel, string>;

/** pino serializes an error only under `err`; the SDK puts them under `error` or `failure` too. */
function fields(meta: LogMetadata | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(meta ?? {})) out[key] = value instanceof Error ? pino.stdSerializers.err(value) : value;
  return out;
}

export function sdkLogger(log: Logger): SdkLogger {
  const at = (level: LogLevel) => (message: string, meta?: LogMetadata) => log[PINO_LEVEL[level]](fields(meta), message);
  return {
    log: (level, message, meta) => at(level)(message, meta),
    trace: at('TRACE'),
    debug: at('DEBUG'),
    info: at('INFO'),
    warn: at('WARN'),
    error: at('ERROR'),
  };
}
