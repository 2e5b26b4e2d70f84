import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import type { TestStack } from './product-stack.js';

/**
 * Runs a worker's own workflow (a report, the assessment) to its end without moving the clock. The test
 * environment's own client lets the server skip time while it waits for a result, and the server skipped years
 * ahead before the worker ran the first task.
 */
export function runWithoutSkipping<T>(stack: TestStack, workflowType: string, input: unknown): Promise<T> {
  return new Client({ connection: stack.env.connection, dataConverter: stack.dataConverter }).workflow.execute(workflowType, {
    taskQueue: stack.taskQueue,
    workflowId: `${workflowType}-${randomUUID()}`,
    args: [input],
  });
}
