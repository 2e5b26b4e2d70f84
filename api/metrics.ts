import type { RequestHandler } from 'express';
import type { Kysely } from 'kysely';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { readOpenWork } from '../db/open-work.js';
import type { Database } from '../db/schema.js';

// What an operator graphs and alerts on (README, "Operations"): the API's traffic, and the ledger's open work read
// at scrape time, so every API process reports the same figures without keeping any state of its own.

export interface ApiMetrics {
  registry: Registry;
  /** Counts and times every answer by its route template, not its path, so ids do not multiply the series. */
  observe: RequestHandler;
}

export function createMetrics(db: Kysely<Database>): ApiMetrics {
  // One registry per app: tests run several apps in one process, and the global one would refuse the second.
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const requests = new Counter({
    name: 'appeals_http_requests_total',
    help: 'HTTP answers by method, route template and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'appeals_http_request_duration_seconds',
    help: 'Time to answer, by method, route template and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  const ledgerUp = new Gauge({
    name: 'appeals_ledger_up',
    collect: readLedger,
    help: '1 when the last scrape could read the ledger; the figures below are absent otherwise',
    registers: [registry],
  });
  const open = new Gauge({
    name: 'appeals_open',
    collect: readLedger,
    help: 'Appeals not yet closed or withdrawn, by status',
    labelNames: ['status'],
    registers: [registry],
  });
  const overdue = new Gauge({ name: 'appeals_overdue', help: 'Open appeals past their time limit', collect: readLedger, registers: [registry] });
  const supervised = new Gauge({
    name: 'appeals_supervised',
    help: 'Open appeals under supervision',
    collect: readLedger,
    registers: [registry],
  });
  const notifications = new Gauge({
    name: 'appeals_notifications',
    collect: readLedger,
    help: 'Notifications waiting to be delivered (pending) or given up (failed)',
    labelNames: ['status'],
    registers: [registry],
  });

  const registering = new Gauge({
    name: 'appeals_registering',
    collect: readLedger,
    help: 'Submissions accepted (answered 202) whose registration is not on the ledger yet',
    registers: [registry],
  });

  // prom-client collects every metric at once: the first gauge to ask reads the ledger, the others wait for it.
  let reading: Promise<void> | undefined;
  function readLedger(): Promise<void> {
    reading ??= refresh().finally(() => (reading = undefined));
    return reading;
  }
  async function refresh(): Promise<void> {
    try {
      const work = await readOpenWork(db);
      open.reset();
      for (const [status, n] of Object.entries(work.byStatus)) open.set({ status }, n);
      overdue.set(work.overdue);
      supervised.set(work.supervised);
      for (const [status, n] of Object.entries(work.notifications)) notifications.set({ status }, n);
      registering.set(work.registering);
      ledgerUp.set(1);
    } catch {
      // Figures from an earlier scrape would pass for current ones; appeals_ledger_up 0 says why they are gone.
      for (const gauge of [open, overdue, supervised, notifications, registering]) gauge.reset();
      ledgerUp.set(0);
    }
  }

  const observe: RequestHandler = (req, res, next) => {
    const stop = duration.startTimer();
    res.on('finish', () => {
      const labels = { method: req.method, route: (req.route as { path?: string } | undefined)?.path ?? 'unmatched', status: res.statusCode };
      requests.inc(labels);
      stop(labels);
    });
    next();
  };

  return { registry, observe };
}
