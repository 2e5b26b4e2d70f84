import type { Kysely } from 'kysely';
import { appealShape, type AppealView } from '../answer-shapes.js';
import { emptySchema } from '../../domain/steps.js';
import { withholdSchema, type Decision } from '../../domain/publication.js';
import { allowedSteps } from '../../domain/rules.js';
import { findAppealState } from '../../db/appeals.js';
import { recordDecision } from '../../db/publication.js';
import type { Database } from '../../db/schema.js';
import type { Caller } from '../auth.js';
import { conflict, notFound } from '../problem.js';
import type { RouteTable } from '../route-table.js';

// The office decides whether a closed appeal appears on the public pages (README, the public pages). Not a
// workflow step: the workflow may have completed long before the office decides, so the API writes the
// decision to the ledger itself.

interface Deps {
  db: Kysely<Database>;
  /** The appeal as GET /v1/appeals/:id answers it. */
  present: (id: string, caller: Caller) => Promise<AppealView>;
}

const responses = {
  200: 'the appeal, with its `publication`',
  409: 'the appeal is not closed (names currentStatus and allowedSteps)',
};

const answers = { 200: appealShape };

export function publicationRoutes(routes: RouteTable, { db, present }: Deps) {
  /** 404 before the body's 400, and the body's 400 before 409 (CONTRACT.md §3, errors). */
  async function decide(id: string, caller: Caller, parse: () => { decision: Decision; reason: string | null }) {
    const s = await findAppealState(db, id);
    if (!s) throw notFound(`no appeal ${id}`);
    const { decision, reason } = parse();
    if (s.status !== 'closed' || s.closedAt === null) {
      throw conflict(`the appeal is ${s.status}; only a closed appeal is published or withheld`, {
        currentStatus: s.status,
        allowedSteps: allowedSteps(s, Date.now()),
      });
    }
    await recordDecision(db, { appealId: s.id, closedAt: s.closedAt, decision, reason, actor: caller });
    return present(s.id, caller);
  }

  routes.add(
    {
      method: 'post',
      path: '/v1/appeals/:id/publish',
      tag: 'publication',
      summary: 'Publish a closed appeal on the public pages (结果公开)',
      roles: ['office'],
      body: emptySchema,
      responses,
      answers,
    },
    async ({ res, caller, params, body }) => {
      const parse = () => {
        body();
        return { decision: 'published' as const, reason: null };
      };
      res.json(await decide(params.id!, caller, parse));
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/appeals/:id/withhold',
      tag: 'publication',
      summary: 'Withhold a closed appeal from the public pages, or take a published one off them',
      roles: ['office'],
      body: withholdSchema,
      responses,
      answers,
    },
    async ({ res, caller, params, body }) => {
      res.json(await decide(params.id!, caller, () => ({ decision: 'withheld', reason: body().reason })));
    },
  );
}
