import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import type { TestProject } from 'vitest/node';
import { migrateToLatest } from '../../db/migrator.js';
import { createDb } from '../../db/pool.js';
import { adminQuery, databaseUrl } from '../../db/server.js';
import { startEmbeddedPostgres } from '../../scripts/embedded-postgres.js';
import { WORKFLOWS_PATH } from '../../worker/create-worker.js';
import { WORKFLOW_BUNDLER_OPTIONS } from '../../worker/workflow-bundle.js';
import { freePort } from '../../scripts/ports.js';

// Once per `npm test`: a real Postgres (DATABASE_URL's server, else an embedded one in a temp folder) with a
// migrated template database each test file clones, and the workflow bundle every test worker reuses.

declare module 'vitest' {
  export interface ProvidedContext {
    postgresServerUrl: string;
    templateDatabase: string;
    workflowBundleCode: string;
  }
}

export default async function setup(project: TestProject) {
  const log = (line: string) => process.stderr.write(`[test setup] ${line}\n`);
  let stopPostgres = async () => {};
  let serverUrl = process.env.DATABASE_URL;
  let dataDir: string | undefined;
  if (!serverUrl) {
    dataDir = await mkdtemp(join(tmpdir(), 'appeals-test-pg-'));
    const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), log });
    serverUrl = embedded.url;
    stopPostgres = embedded.stop;
    log(`embedded Postgres at ${new URL(serverUrl).host}`);
  }
  const template = `appeals_template_${process.pid}`;
  await adminQuery(serverUrl, `drop database if exists ${template}`);
  await adminQuery(serverUrl, `create database ${template}`);
  const db = createDb(databaseUrl(serverUrl, template), { max: 1 });
  await migrateToLatest(db);
  await db.destroy();

  const bundle = await bundleWorkflowCode({
    workflowsPath: WORKFLOWS_PATH,
    ...WORKFLOW_BUNDLER_OPTIONS,
    logger: { ...console, trace() {}, debug() {}, info() {}, log() {} } as never,
  });

  project.provide('postgresServerUrl', serverUrl);
  project.provide('templateDatabase', template);
  project.provide('workflowBundleCode', bundle.code);

  return async () => {
    await adminQuery(serverUrl, `drop database if exists ${template}`).catch(() => {});
    await stopPostgres();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
