import { fileURLToPath } from 'node:url';
import type { DataConverter } from '@temporalio/common';
import { NativeConnection, Worker } from '@temporalio/worker';

// The worker of bench/workflows.ts, in the bench's own process, on a task queue of its own.

export const BENCH_TASK_QUEUE = 'appeals-bench';

export async function startBenchWorker(address: string, dataConverter: DataConverter): Promise<{ stop(): Promise<void> }> {
  const connection = await NativeConnection.connect({ address });
  const worker = await Worker.create({
    connection,
    namespace: 'default',
    taskQueue: BENCH_TASK_QUEUE,
    dataConverter,
    workflowsPath: fileURLToPath(new URL('./workflows.ts', import.meta.url)),
  });
  const running = worker.run();
  return {
    async stop() {
      worker.shutdown();
      await running;
      await connection.close();
    },
  };
}
