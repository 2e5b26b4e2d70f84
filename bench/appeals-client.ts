import { appealBody, creditCode } from '../test/support/appeal-body.js';
import { jsonRequest } from '../scripts/json-request.js';
import type { BenchStack } from './harness.js';

// Submissions as an enterprise's online form makes them: POST /v1/appeals, each from its own enterprise.

export function submitter(stack: BenchStack, prefix: string) {
  return async (n: number): Promise<void> => {
    const code = creditCode(`91510700M${prefix}${String(n % 10_000_000).padStart(7, '0')}`);
    const response = await fetch(
      `${stack.apiUrl}/v1/appeals`,
      jsonRequest('POST', stack.adminToken, appealBody(code, { title: `压测诉求 ${prefix}${n}` })),
    );
    const text = await response.text();
    if (response.status !== 201) throw new Error(`POST /v1/appeals answered ${response.status}: ${text.slice(0, 200)}`);
  };
}
