import { setTimeout as sleep } from 'node:timers/promises';
import { appealBody, creditCode } from '../test/support/appeal-body.js';
import { jsonRequest } from '../scripts/json-request.js';
import type { BenchStack } from './harness.js';

// Submissions as an enterprise's online form makes them: POST /v1/appeals, each from its own enterprise. 201 and
// 202 are both an accepted appeal (202: its registration is still on its way to the ledger); a 503 with
// Retry-After is back-pressure, turned away before anything started, so it is waited out and sent again, and the
// call counts once, when accepted, timed from its first attempt. Any other answer fails the call.

/** A client that has been turned away this long gives up: an open loop past capacity would otherwise never end. */
const GIVE_UP_AFTER_MS = 60_000;

export interface IntakeTally {
  /** Answered 201: on the ledger. */
  registered: number;
  /** Answered 202: accepted, registering. */
  registering: number;
  /** 503s with Retry-After that were waited out (one call may have several). */
  turnedAway: number;
}

export function submitter(stack: BenchStack, prefix: string) {
  const tally: IntakeTally = { registered: 0, registering: 0, turnedAway: 0 };
  async function submit(n: number): Promise<void> {
    const code = creditCode(`91510700M${prefix}${String(n % 10_000_000).padStart(7, '0')}`);
    const giveUpAt = Date.now() + GIVE_UP_AFTER_MS;
    for (;;) {
      const response = await fetch(`${stack.apiUrl}/v1/appeals`, jsonRequest('POST', stack.adminToken, appealBody(code, { title: `压测诉求 ${prefix}${n}` })));
      const text = await response.text();
      if (response.status === 201 || response.status === 202) {
        tally[response.status === 201 ? 'registered' : 'registering']++;
        return;
      }
      const retryAfter = response.headers.get('retry-after');
      if (response.status !== 503 || retryAfter === null) throw new Error(`POST /v1/appeals answered ${response.status}: ${text.slice(0, 200)}`);
      const waitMs = Number(retryAfter) * 1000;
      if (Date.now() + waitMs > giveUpAt) throw new Error(`POST /v1/appeals turned away for ${GIVE_UP_AFTER_MS / 1000} s: ${text.slice(0, 200)}`);
      tally.turnedAway++;
      await sleep(waitMs);
    }
  }
  return { submit, tally };
}
