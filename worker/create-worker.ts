import { fileURLToPath } from 'node:url';
import { Worker, type NativeConnection, type WorkflowBundle } from '@temporalio/worker';
import type { Kysely } from 'kysely';
import { createActivities } from '../activities/index.js';
import type { Database } from '../db/schema.js';

export const WORKFLOWS_PATH = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

export interface WorkerDeps {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  db: Kysely<Database>;
  timezone: string;
  /** A bundle built once (tests share one); otherwise the worker bundles the workflows itself. */
  workflowBundle?: WorkflowBundle;
}

export function createWorker({ connection, namespace, taskQueue, db, timezone, workflowBundle }: WorkerDeps) {
  return Worker.create({
    connection,
    namespace,
    taskQueue,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath: WORKFLOWS_PATH }),
    activities: createActivities({ db, timezone }),
    // Drain: let running activities finish their ledger writes before the process exits.
    shutdownGraceTime: '10 seconds',
  });
}
