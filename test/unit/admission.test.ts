import { describe, expect, it } from 'vitest';
import { createAdmission } from '../../api/admission.js';
import { HttpProblem } from '../../api/problem.js';

describe('admission at intake', () => {
  /** A gate on a clock of its own, and submissions that last until the test finishes them. */
  function admission(limit: number) {
    let now = 0;
    const gate = createAdmission(limit, () => now);
    const waiting: (() => void)[] = [];
    return {
      enter: () => gate.run(() => new Promise<void>((resolve) => waiting.push(resolve))),
      /** Finishes the oldest submission `ms` after it entered. */
      finish(ms: number) {
        now += ms;
        waiting.shift()!();
      },
      /** The Retry-After of a submission turned away, or undefined if it was admitted. */
      async retryAfter(): Promise<number | undefined> {
        try {
          await gate.run(async () => undefined);
          return undefined;
        } catch (err) {
          expect(err).toBeInstanceOf(HttpProblem);
          expect((err as HttpProblem).status).toBe(503);
          return Number((err as HttpProblem).headers['Retry-After']);
        }
      },
    };
  }

  it('turns the next submission away at once past the bound, and admits again once one has answered', async () => {
    const gate = admission(2);
    const first = gate.enter();
    const second = gate.enter();
    expect(await gate.retryAfter()).toBe(1);
    gate.finish(500);
    await first;
    expect(await gate.retryAfter()).toBeUndefined();
    gate.finish(500);
    await second;
  });

  it('tells a submission turned away to come back after the time submissions take lately', async () => {
    const gate = admission(1);
    for (let i = 0; i < 20; i++) {
      const done = gate.enter();
      gate.finish(8_000);
      await done;
    }
    const held = gate.enter();
    expect(await gate.retryAfter()).toBe(8);
    gate.finish(1);
    await held;
  });

  it('frees the place of a submission that failed', async () => {
    const gate = createAdmission(1);
    await expect(gate.run(() => Promise.reject(new Error('Temporal down')))).rejects.toThrow('Temporal down');
    await expect(gate.run(async () => 'admitted')).resolves.toBe('admitted');
  });
});
