import type { Connection } from '@temporalio/client';
import { sql, type Kysely } from 'kysely';
import type { Registry } from 'prom-client';
import type { Database } from '../../db/schema.js';
import type { RouteTable } from '../route-table.js';
import { openApiDocument } from '../openapi.js';

const within = <T>(ms: number, work: Promise<T>) =>
  Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);

async function probe(check: () => Promise<unknown>): Promise<string> {
  try {
    await within(3_000, check());
    return 'ok';
  } catch (err) {
    return (err as Error).message || String(err);
  }
}

export function healthRoutes(routes: RouteTable, { db, connection, metrics }: { db: Kysely<Database>; connection: Connection; metrics: Registry }) {
  routes.add(
    { method: 'get', path: '/healthz', tag: 'operations', summary: 'Liveness', roles: 'public', responses: { 200: '{status: ok}' } },
    async ({ res }) => {
      res.json({ status: 'ok' });
    },
  );

  routes.add(
    { method: 'get', path: '/readyz', tag: 'operations', summary: 'Readiness: Postgres and Temporal reachable', roles: 'public', ownBodyOn: [503], responses: { 200: '{postgres, temporal}', 503: '{postgres, temporal}: one is not reachable' } },
    async ({ res }) => {
      const [postgres, temporal] = await Promise.all([
        probe(() => sql`select 1`.execute(db)),
        probe(() => connection.healthService.check({})),
      ]);
      res.status(postgres === 'ok' && temporal === 'ok' ? 200 : 503).json({ postgres, temporal });
    },
  );

  routes.add(
    { method: 'get', path: '/metrics', tag: 'operations', summary: 'Prometheus metrics: HTTP traffic, open appeals, notifications', roles: 'public', contentType: 'text/plain', responses: { 200: 'Prometheus text' } },
    async ({ res }) => {
      res.type(metrics.contentType).send(await metrics.metrics());
    },
  );

  routes.add(
    { method: 'get', path: '/openapi.json', tag: 'operations', summary: 'This document', roles: 'public', responses: { 200: 'OpenAPI 3.1' } },
    async ({ res }) => {
      res.json(openApiDocument(routes.specs));
    },
  );
}
