import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBody } from '../../scripts/json-request.js';
import { createAnswerCheck } from '../support/answer-check.js';
import { ADMIN, startTestStack, type TestStack } from '../support/stack.js';
import { ENTERPRISE_CREDIT_CODE, readmeWalkthrough } from './readme-walkthrough.js';

// The client's types (api-types.ts) are generated from /openapi.json and committed, so `tsc` checks README's
// walk-through without a running product; this test fails when they are stale. `UPDATE_CLIENT_TYPES=1` rewrites them.

const HEADER = '// Generated from /openapi.json by openapi-typescript (test/contract/api-types.test.ts); do not edit.\n\n';
const typesFile = fileURLToPath(new URL('./api-types.ts', import.meta.url));

describe('the typed client', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.teardown();
  });

  it('types generated from /openapi.json are the committed ones', async () => {
    const document = (await stack.api('GET', '/openapi.json')).body as Parameters<typeof openapiTS>[0];
    const generated = HEADER + astToString(await openapiTS(document));
    if (process.env.UPDATE_CLIENT_TYPES === '1') await writeFile(typesFile, generated);
    expect(generated, 'test/contract/api-types.ts is stale: run UPDATE_CLIENT_TYPES=1 npx vitest run test/contract/api-types.test.ts').toBe(
      await readFile(typesFile, 'utf8'),
    );
  });

  it('walks README’s walk-through through it against the real stack', async () => {
    const check = createAnswerCheck((await stack.api('GET', '/openapi.json')).body as Parameters<typeof createAnswerCheck>[0]);
    const checkedFetch = async (request: Request) => {
      const response = await fetch(request);
      const mismatch = check(
        request.method,
        new URL(request.url).pathname,
        response.status,
        response.headers.get('content-type'),
        await readBody(response.clone()),
      );
      if (mismatch) throw new Error(mismatch);
      return response;
    };
    const { submittedStatus, inbox, retried, closed } = await readmeWalkthrough(stack.baseUrl, ADMIN, checkedFetch);
    expect(submittedStatus).toBe(201);
    expect(inbox.map((item) => item.task)).toContain('accept');
    expect(retried.timeline?.filter((e) => e.kind === 'progress_reported')).toHaveLength(1);
    expect(closed).toMatchObject({ status: 'closed', closure: 'satisfied', enterprise: { creditCode: ENTERPRISE_CREDIT_CODE } });
    expect(closed.followUps).toHaveLength(4);
  });
});
