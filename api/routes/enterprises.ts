import type { Kysely } from 'kysely';
import { ENTERPRISE_SIZES, codesOf } from '../../domain/codes.js';
import { z } from 'zod';
import { enterpriseFlag, enterpriseUpdateSchema } from '../../domain/enterprise.js';
import { figuresOf } from '../../domain/figures.js';
import { departmentCode } from '../../domain/steps.js';
import { findDepartment } from '../../db/departments.js';
import { appealsOfEnterprise, findEnterprise, listEnterprises, updateEnterprise, type EnterpriseRecord } from '../../db/enterprises.js';
import type { Database } from '../../db/schema.js';
import { loadAppealRecords, loadCounting } from '../../db/stats.js';
import { AUDIENCE, readsEnterpriseFlags } from '../audience.js';
import type { Caller } from '../auth.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { officeScope, subtreeOf } from '../office-scope.js';
import { badRequest, forbidden, notFound } from '../problem.js';
import type { RouteTable } from '../route-table.js';
import type { Views } from '../views.js';
import { appealShape, enterpriseFlagCode, figuresShape, instant, page, status } from '../answer-shapes.js';

/** An enterprise of the register; `flags` not for the enterprise itself (audience.ts). */
const enterpriseShape = z.object({
  creditCode: z.string(),
  name: z.string(),
  formerNames: z.array(z.string()),
  unit: z.string().nullable(),
  industry: z.string().nullable(),
  size: z.enum(codesOf(ENTERPRISE_SIZES)).nullable(),
  flags: z.array(enterpriseFlagCode).optional(),
  firstSeenAt: instant,
  updatedAt: instant,
});

// The enterprises register (issue 18; README, the enterprises register): the office's memory of whom it serves, filled
// from submissions (db/enterprises.ts) and corrected here.

interface Deps {
  db: Kysely<Database>;
  views: Views;
  timezone: string;
}

const listQuery = z.strictObject({
  q: z.string().trim().min(1).max(100).optional().describe('part of the name, a former name or the credit code'),
  unit: departmentCode.optional().describe('only enterprises of this county or park (or a unit beneath it)'),
  industry: z.string().max(100).optional(),
  flag: enterpriseFlag.optional().describe('only enterprises the office flags so (服务绿卡, 重点项目)'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

const WHOLE_LEDGER = { from: null, to: null };

export function enterpriseRoutes(routes: RouteTable, { db, views, timezone }: Deps) {
  function present(e: EnterpriseRecord, caller: Caller) {
    return {
      creditCode: e.creditCode,
      name: e.name,
      formerNames: e.formerNames,
      unit: e.unit,
      industry: e.industry,
      size: e.size,
      ...(readsEnterpriseFlags(caller) ? { flags: e.flags } : {}),
      firstSeenAt: views.at(e.firstSeenAt.getTime()),
      updatedAt: views.at(e.updatedAt.getTime()),
    };
  }

  routes.add(
    {
      method: 'get',
      path: '/v1/enterprises',
      tag: 'enterprises',
      summary: 'The enterprises register, newest first (first seen), with search, filters and cursor paging',
      roles: ['office'],
      audience: AUDIENCE.enterprise,
      unitScoped: true,
      query: listQuery,
      responses: {
        200: '{items: [{creditCode, name, formerNames, unit, industry, size, flags, firstSeenAt, updatedAt}], nextCursor}',
        400: 'invalid filter',
        404: 'no such unit (`unit`), or not one of a county’s office’s own',
      },
      answers: { 200: page(enterpriseShape) },
    },
    async ({ res, caller, query }) => {
      const { unit, limit, cursor, ...filter } = query;
      const within = await subtreeOf(db, unit, await officeScope(db, caller));
      const page = await listEnterprises(db, { ...filter, ...(within ? { within } : {}) }, { limit, ...(cursor ? { after: decodeCursor(cursor) } : {}) });
      res.json({ items: page.items.map((e) => present(e, caller)), nextCursor: page.next ? encodeCursor(page.next) : null });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/enterprises/:creditCode',
      tag: 'enterprises',
      summary: 'An enterprise’s profile: the register’s record, its appeals newest first and its own figures',
      roles: ['office', 'enterprise'],
      audience: AUDIENCE.enterprise,
      unitScoped: true,
      responses: {
        200: '{creditCode, name, formerNames, unit, industry, size, flags, firstSeenAt, updatedAt, appeals: [{id, receiptNumber, title, status, kind, registeredAt}], figures: {...figures}}',
        403: 'another enterprise',
        404: 'not in the register (or outside a county’s office’s subtree)',
      },
      answers: {
        200: enterpriseShape.extend({
          appeals: z.array(
            z.object({ id: z.string(), receiptNumber: z.string(), title: z.string(), status, kind: appealShape.shape.kind, registeredAt: instant }),
          ),
          figures: figuresShape,
        }),
      },
    },
    async ({ res, caller, params }) => {
      const code = params.creditCode!;
      if (caller.role === 'enterprise' && caller.creditCode !== code) throw forbidden('an enterprise reads only its own profile');
      const scope = await officeScope(db, caller);
      const within = scope && (await subtreeOf(db, undefined, scope));
      const e = await findEnterprise(db, code);
      if (!e || (within && !within.units.includes(e.unit ?? ''))) throw notFound(`no enterprise ${code}`);
      const [appeals, records, counting] = await Promise.all([
        appealsOfEnterprise(db, code, within),
        loadAppealRecords(db, WHOLE_LEDGER, timezone, { creditCode: code, ...(within ? { within } : {}) }),
        loadCounting(db),
      ]);
      res.json({
        ...present(e, caller),
        appeals: appeals.map((a) => ({ ...a, registeredAt: views.at(a.registeredAt.getTime()) })),
        figures: figuresOf(records, counting),
      });
    },
  );

  routes.add(
    {
      method: 'put',
      path: '/v1/enterprises/:creditCode',
      tag: 'enterprises',
      summary: 'Correct an enterprise of the register: name (the old one is kept as a former name), unit, industry, size, flags',
      roles: ['office'],
      audience: AUDIENCE.enterprise,
      body: enterpriseUpdateSchema,
      responses: {
        200: 'the enterprise: {creditCode, name, formerNames, unit, industry, size, flags, firstSeenAt, updatedAt}',
        400: 'invalid input; `unit` is no county or park',
        404: 'not in the register',
      },
      answers: { 200: enterpriseShape },
    },
    async ({ res, caller, params, body }) => {
      const code = params.creditCode!;
      if (!(await findEnterprise(db, code))) throw notFound(`no enterprise ${code}`);
      const changes = body();
      if (changes.unit) {
        const unit = await findDepartment(db, changes.unit);
        if (unit?.level !== 'county' && unit?.level !== 'park') {
          throw badRequest([{ field: 'unit', message: unit ? `${changes.unit} is a ${unit.level}, not a county or park` : `no unit ${changes.unit}` }]);
        }
      }
      const updated = await updateEnterprise(db, code, changes);
      if (!updated) throw notFound(`no enterprise ${code}`);
      res.json(present(updated, caller));
    },
  );
}
