import { z } from 'zod';
import { codesOf } from '../../domain/codes.js';
import type { Kysely } from 'kysely';
import { LINK_RELATIONS, linkSchema, type AppealLink } from '../../domain/links.js';
import { SIMILAR_CANDIDATES, SIMILAR_WITHIN_DAYS, likelyDuplicates } from '../../domain/similarity.js';
import { findAppealState } from '../../db/appeals.js';
import { linkAppeals, linksOf, similarityCandidates } from '../../db/appeal-links.js';
import type { Database } from '../../db/schema.js';
import { badRequest, forbidden, notFound } from '../problem.js';
import type { RouteTable } from '../route-table.js';
import type { Views } from '../views.js';
import { actorShape, instant, list, status } from '../answer-shapes.js';

const linkShape = z.object({
  id: z.string(),
  appealId: z.string(),
  receiptNumber: z.string(),
  title: z.string(),
  /** As the ledger's snapshot of the other appeal has it. */
  status: z.string(),
  relation: z.enum(codesOf(LINK_RELATIONS)),
  relationLabel: z.string(),
  linkedBy: actorShape,
  linkedAt: instant,
});
const similarShape = z.object({
  id: z.string(),
  receiptNumber: z.string(),
  title: z.string(),
  status,
  registeredAt: instant,
  sameEnterprise: z.boolean(),
  score: z.number(),
  linked: z.boolean(),
});

// Links between appeals and the likely duplicates to link (issue 17; README, links and likely duplicates). Not
// workflow steps: a link says something about two appeals, not about where either stands, so the API writes it to
// the ledger itself, and linking the same pair again is the same link.

interface Deps {
  db: Kysely<Database>;
  views: Views;
}

export function linkRoutes(routes: RouteTable, { db, views }: Deps) {
  async function appealOf(id: string) {
    const s = await findAppealState(db, id);
    if (!s) throw notFound(`no appeal ${id}`);
    return s;
  }

  const present = (l: AppealLink) => ({
    id: l.id,
    appealId: l.appealId,
    receiptNumber: l.receiptNumber,
    title: l.title,
    status: l.status,
    relation: l.relation,
    relationLabel: LINK_RELATIONS[l.relation],
    linkedBy: views.actor(l.linkedBy),
    linkedAt: views.at(l.linkedAt),
  });

  routes.add(
    {
      method: 'post',
      path: '/v1/appeals/:id/links',
      tag: 'links',
      summary: 'Link the appeal to another: the same problem raised twice (same_issue) or a related one; either appeal lists the link',
      roles: ['office'],
      body: linkSchema,
      responses: {
        201: 'the link as this appeal sees it: {id, appealId (the other), receiptNumber, title, status, relation, relationLabel, linkedBy, linkedAt}',
        200: 'the same link made before, from either appeal',
        400: 'invalid input; `to` is this appeal or no appeal',
        404: 'no such appeal',
      },
      answers: { 200: linkShape, 201: linkShape },
    },
    async ({ res, caller, params, body }) => {
      const s = await appealOf(params.id!);
      const { to, relation } = body();
      if (to === s.id) throw badRequest([{ field: 'to', message: 'must be another appeal than this one' }]);
      if (!(await findAppealState(db, to))) throw badRequest([{ field: 'to', message: `no appeal ${to}` }]);
      const { id, created } = await linkAppeals(db, { from: s.id, to, relation, actor: caller });
      const [link] = await linksOf(db, s.id, id);
      res.status(created ? 201 : 200).json(present(link!));
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/appeals/:id/links',
      tag: 'links',
      summary: 'The appeal’s links, made from either appeal, oldest first',
      roles: ['office', 'department'],
      responses: { 200: '{items: [link]}', 403: 'a department that does not lead the appeal', 404: 'no such appeal' },
      answers: { 200: list(linkShape) },
    },
    async ({ res, caller, params }) => {
      const s = await appealOf(params.id!);
      if (caller.role === 'department' && caller.department !== s.leadDepartment) throw forbidden('only the department leading the appeal reads its links');
      res.json({ items: (await linksOf(db, s.id)).map(present) });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/appeals/:id/similar',
      tag: 'links',
      summary: `Likely duplicates: appeals of the same enterprise or category registered within ${SIMILAR_WITHIN_DAYS} days of it, with similar text, best first`,
      roles: ['office'],
      responses: { 200: '{items: [{id, receiptNumber, title, status, registeredAt, sameEnterprise, score, linked}]}', 404: 'no such appeal' },
      answers: { 200: list(similarShape) },
    },
    async ({ res, params }) => {
      const s = await appealOf(params.id!);
      const [candidates, links] = await Promise.all([similarityCandidates(db, s, SIMILAR_WITHIN_DAYS * 86_400_000, SIMILAR_CANDIDATES), linksOf(db, s.id)]);
      const linked = new Set(links.map((l) => l.appealId));
      res.json({
        items: likelyDuplicates(s, candidates).map(({ appeal: c, sameEnterprise, score }) => ({
          id: c.id,
          receiptNumber: c.receiptNumber,
          title: c.title,
          status: c.status,
          registeredAt: views.at(c.registeredAt),
          sameEnterprise,
          score,
          linked: linked.has(c.id),
        })),
      });
    },
  );
}
