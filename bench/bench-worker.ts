import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker } from '@temporalio/worker';
import { dataConverterFor } from '../codec/data-converter.js';
import { parsePayloadKeys } from '../codec/payload-keys.js';
import { BENCH_TASK_QUEUE } from './workflows.js';

// The worker of bench/workflows.ts, in a process of its own (started by bench/harness.ts) so that its CPU is told
// apart from the load generator's, with the product's payload codec: the baseline pays for encryption as the intake
// does. The SDK's runtime drains it on SIGTERM.

const required = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`bench worker: ${name} is not set`);
  return value;
};

const connection = await NativeConnection.connect({ address: required('TEMPORAL_ADDRESS') });
const worker = await Worker.create({
  connection,
  namespace: 'default',
  taskQueue: BENCH_TASK_QUEUE,
  dataConverter: dataConverterFor(parsePayloadKeys(required('TEMPORAL_PAYLOAD_KEYS'))),
  workflowsPath: fileURLToPath(new URL('./workflows.ts', import.meta.url)),
});
await worker.run();
await connection.close();
