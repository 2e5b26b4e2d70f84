import { DefaultLogger, Runtime } from '@temporalio/worker';
import { inject } from 'vitest';
import { startProductStack, type TestStack, type TestStackOptions } from './product-stack.js';

export { appealBody, creditCode, newCreditCode } from './appeal-body.js';
export { ADMIN, DRIVER_WRITE_LIMIT, TEST_OUTBOUND, TEST_PAYLOAD_KEYS, TIMEZONE, type Answer, type TestStack } from './product-stack.js';

// The whole product for one test file, on the Postgres server and with the workflow bundle the global set-up
// prepared: its database is cloned from the migrated template.

// The SDK logs every worker state change at INFO; a test run wants its own output and the SDK's warnings.
Runtime.install({ logger: new DefaultLogger('WARN') });

export function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  return startProductStack({
    ...options,
    serverUrl: inject('postgresServerUrl'),
    template: inject('templateDatabase'),
    workflowBundleCode: inject('workflowBundleCode'),
  });
}
