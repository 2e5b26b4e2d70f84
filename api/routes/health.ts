import type { Connection } from '@temporalio/client';
import { sql, type Kysely } from 'kysely';
import type { Registry } from 'prom-client';
import type { Database } from '../../db/schema.js';
import type { Authenticator } from '../auth.js';
import type { RouteTable } from '../route-table.js';
import { openApiDocument } from '../openapi.js';
import { z } from 'zod';

/** Each dependency's state: `ok`, `unavailable`, or (to the admin) the error met. */
const readiness = z.object({ postgres: z.string(), temporal: z.string() });
/** The document's frame; its own schema is OpenAPI 3.1's. */
const openApiShape = z.object({
  openapi: z.string(),
  info: z.object({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
  components: z.record(z.string(), z.unknown()),
});

/** What an anonymous caller reads for a dependency that is down: why would name internal hosts and addresses. */
const DOWN = 'unavailable';

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

/**
 * Whether the caller may read why a dependency is down: the admin only. A token that cannot be checked (the ledger is
 * down) or none reads what anyone does, so readiness still answers; ADMIN_TOKEN is checked without the ledger.
 */
async function seesDetail(authenticate: Authenticator, header: string | undefined): Promise<boolean> {
  if (header === undefined) return false;
  try {
    return (await authenticate(header)).role === 'admin';
  } catch {
    return false;
  }
}

interface Deps {
  db: Kysely<Database>;
  connection: Connection;
  metrics: Registry;
  authenticate: Authenticator;
}

export function healthRoutes(routes: RouteTable, { db, connection, metrics, authenticate }: Deps) {
  let document: ReturnType<typeof openApiDocument> | undefined;
  routes.add(
    {
      method: 'get',
      path: '/healthz',
      tag: 'operations',
      summary: 'Liveness',
      roles: 'public',
      responses: { 200: '{status: ok}' },
      answers: { 200: z.object({ status: z.literal('ok') }) },
    },
    async ({ res }) => {
      res.json({ status: 'ok' });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/readyz',
      tag: 'operations',
      summary: 'Readiness: Postgres and Temporal reachable (why one is not: to the admin’s token only)',
      roles: 'public',
      ownBodyOn: [503],
      responses: { 200: '{postgres, temporal}', 503: '{postgres, temporal}: "unavailable" for the one not reachable, or the error to the admin' },
      answers: { 200: readiness, 503: readiness },
    },
    async ({ req, res }) => {
      const [postgres, temporal, detail] = await Promise.all([
        probe(() => sql`select 1`.execute(db)),
        probe(() => connection.healthService.check({})),
        seesDetail(authenticate, req.header('authorization')),
      ]);
      const shown = (state: string) => (state === 'ok' || detail ? state : DOWN);
      res.status(postgres === 'ok' && temporal === 'ok' ? 200 : 503).json({ postgres: shown(postgres), temporal: shown(temporal) });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/metrics',
      tag: 'operations',
      summary: 'Prometheus metrics: HTTP traffic, open appeals, notifications',
      roles: 'public',
      contentType: 'text/plain',
      responses: { 200: 'Prometheus text' },
    },
    async ({ res }) => {
      res.type(metrics.contentType).send(await metrics.metrics());
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/openapi.json',
      tag: 'operations',
      summary: 'This document',
      roles: 'public',
      responses: { 200: 'OpenAPI 3.1' },
      answers: { 200: openApiShape },
    },
    async ({ res }) => {
      // Built at the first request, when every route is in the table, and kept: the table does not change while the
      // process runs, and rebuilding every schema for each anonymous caller would be work for the asking.
      document ??= openApiDocument(routes.specs);
      res.json(document);
    },
  );
}
