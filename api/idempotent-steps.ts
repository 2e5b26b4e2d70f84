import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Kysely } from 'kysely';
import { answerOf, claimForStep, keepAnswer, keyedStep, releaseForStep, type KeyedStep, type StepAnswer } from '../db/idempotency.js';
import type { Database } from '../db/schema.js';
import type { Caller } from './auth.js';
import { badRequest, conflict, problemOf } from './problem.js';

// A step sent again with its `Idempotency-Key` (a client retrying a lost answer) is taken once. The ledger keeps
// the first answer for repeats after success. Before that — the first still in flight, or its answer lost to a
// crash or a 503 — the ledger cannot know whether the step went through, but Temporal can: every try sends the
// Update under one id, and Temporal runs an Update id once per workflow run, answering repeats with its outcome.

export type { StepAnswer };

/**
 * The id of every try of a keyed request (a step's Update id). Another request with the key gets another id,
 * since Temporal keeps the outcome of an Update refused in its handler (two steps racing), and that refusal must
 * not answer the request that reuses the freed key.
 */
function tryIdOf(step: KeyedStep, target: string): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([step.tokenId, step.key, target, step.hash]))
    .digest('hex');
  return `idempotency-${digest}`;
}

function keyOf(req: Request, caller: Caller): KeyedStep | undefined {
  const key = req.header('idempotency-key');
  // A body that did not parse is no request to compare: the route answers it 400 or 413.
  if (key === undefined || (req as Request & { bodyError?: unknown }).bodyError) return undefined;
  // No body reads as `{}`, as the route table parses it.
  return keyedStep({ tokenId: caller.tokenId!, key }, { method: req.method, path: req.baseUrl + req.path, body: req.body ?? {} });
}

const validKey = (step: KeyedStep) => step.key.length >= 1 && step.key.length <= 200;

/**
 * The id of what a keyed creation makes (a survey), from its try id: every try of the request names the same thing,
 * so one whose answer was lost, or that failed half-way, makes or finds that thing again instead of a second one.
 */
export function createdIdOf(tryId: string): string {
  const hex = tryId.slice(tryId.lastIndexOf('-') + 1);
  // A UUID's shape (version 8: custom), like the ids made without a key.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function createIdempotentSteps(db: Kysely<Database>) {
  return {
    /**
     * Answers an exact repeat of a request that succeeded with its first answer, before any check: the caller was
     * allowed then, and the appeal may have moved on since. Says whether it answered.
     */
    async replay(req: Request, res: Response, caller: Caller): Promise<boolean> {
      const step = keyOf(req, caller);
      const answer = step && validKey(step) ? await answerOf(db, step) : undefined;
      if (answer) res.status(answer.status).json(answer.body);
      return answer !== undefined;
    },

    /**
     * Takes the step once the route's checks have passed: `work` sends its Update under `tryId` (or, for a creation,
     * makes its thing under `createdIdOf(tryId)`) and returns the answer, which is sent, and kept when the request has
     * a key. A refusal (4xx) frees the key; anything else (503, a crash) keeps it, so the next try has the same id.
     * `target` is the workflow the step goes to, or the collection a creation adds to.
     */
    async once(req: Request, res: Response, caller: Caller, target: string, work: (tryId?: string) => Promise<StepAnswer>): Promise<void> {
      const step = keyOf(req, caller);
      if (!step) {
        const answer = await work();
        res.status(answer.status).json(answer.body);
        return;
      }
      if (!validKey(step)) throw badRequest([{ field: 'Idempotency-Key', message: 'must be 1–200 characters' }]);
      const claim = await claimForStep(db, step);
      if (claim.state === 'taken') throw conflict('this Idempotency-Key was used with another request (method, path or body)');
      let answer: StepAnswer;
      if (claim.state === 'answered') {
        answer = claim.answer;
      } else {
        try {
          answer = await keepAnswer(db, step, await work(tryIdOf(step, target)));
        } catch (err) {
          if ((problemOf(err)?.status ?? 500) < 500) await releaseForStep(db, step);
          throw err;
        }
      }
      res.status(answer.status).json(answer.body);
    },
  };
}

export type IdempotentSteps = ReturnType<typeof createIdempotentSteps>;
