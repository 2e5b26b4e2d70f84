import { pino } from 'pino';

/** Structured JSON logs, one logger per process, named by its role. */
export function createLogger(name: string) {
  return pino({ name, level: process.env.LOG_LEVEL ?? 'info' });
}

export type Logger = ReturnType<typeof createLogger>;
