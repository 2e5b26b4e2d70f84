import { fileURLToPath } from 'node:url';
import type { Client } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { Worker, type NativeConnection, type WorkflowBundleOption } from '@temporalio/worker';
import type { Kysely } from 'kysely';
import { createActivities, type ActivityDeps } from '../activities/index.js';
import type { Database } from '../db/schema.js';
import type { OutboundRules } from '../domain/outbound-url.js';
import { WORKFLOW_BUNDLER_OPTIONS } from './workflow-bundle.js';

export const WORKFLOWS_PATH = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

export interface WorkerDeps {
  connection: NativeConnection;
  /** For activities that start workflows of their own. */
  client: Client;
  namespace: string;
  taskQueue: string;
  /** The payload codec every client and worker of the product shares (codec/data-converter.ts). */
  dataConverter: DataConverter;
  db: Kysely<Database>;
  timezone: string;
  /** A bundle built once (the build's, or the one tests share); otherwise the worker bundles the workflows itself. */
  workflowBundle?: WorkflowBundleOption;
  outbound: OutboundRules;
  messageChannel?: ActivityDeps['messageChannel'];
  follow: ActivityDeps['follow'];
  deliveryTimeoutMs?: number;
  /**
   * Bounds the worker's memory (WORKER_MAX_CACHED_WORKFLOWS). 0 turns off the workflow cache and with it sticky
   * task queues: the time-skipping test server never hands a stopped worker's sticky tasks to its successor, so
   * tests that restart a worker need this.
   */
  maxCachedWorkflows?: number;
}

export function createWorker({
  connection,
  client,
  namespace,
  taskQueue,
  dataConverter,
  db,
  timezone,
  workflowBundle,
  maxCachedWorkflows,
  ...options
}: WorkerDeps) {
  return Worker.create({
    connection,
    namespace,
    taskQueue,
    dataConverter,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath: WORKFLOWS_PATH, bundlerOptions: WORKFLOW_BUNDLER_OPTIONS }),
    activities: createActivities({ db, timezone, temporal: { client, taskQueue }, ...options }),
    // Drain: let running activities finish their ledger writes before the process exits.
    shutdownGraceTime: '10 seconds',
    ...(maxCachedWorkflows !== undefined ? { maxCachedWorkflows } : {}),
  });
}
