import { randomBytes, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { validateCalendarYear } from '../../domain/calendar.js';
import {
  APPEAL_KINDS,
  CHANNELS,
  CLASSIFICATIONS,
  CLOSURES,
  DUTIES,
  ENTERPRISE_FLAGS,
  ENTERPRISE_SIZES,
  FOLLOW_UP_OUTCOMES,
  RATING_METHODS,
  SUBMITTER_KINDS,
  RATING_RESULTS,
  REFERRAL_CAUSES,
  STATUSES,
  TIMELINE_KINDS,
} from '../../domain/codes.js';
import { MEETING_KINDS, MEETING_STATUSES, READINESS, TABLE_DECISIONS } from '../../domain/meeting.js';
import { ACCOUNTABILITY_EVENT_KINDS, ACCOUNTABILITY_KINDS, ACCOUNTABILITY_STATUSES, FINDING_RESULTS, OUTCOME_RESULTS } from '../../domain/accountability.js';
import { webhookUrlSchema, type OutboundRules } from '../../domain/outbound-url.js';
import { policySchema } from '../../domain/policy.js';
import { creditCode, departmentCode, personId, text } from '../../domain/steps.js';
import { UNIT_LEVEL_CODES, UNIT_LEVELS, misplaced, type PlacedUnit } from '../../domain/units.js';
import { findCalendarYear, replaceCalendarYear } from '../../db/calendar.js';
import { insertCategory, listCategories } from '../../db/categories.js';
import { childUnits, findDepartment, insertDepartment, listDepartments, rotateDepartmentSecret, updateDepartment } from '../../db/departments.js';
import { loadPolicy, replacePolicy } from '../../db/policy.js';
import type { Database } from '../../db/schema.js';
import { findPerson } from '../../db/people.js';
import { insertToken, listActiveTokens, revokeToken } from '../../db/tokens.js';
import { AUDIENCE } from '../audience.js';
import { ROLES, issueToken, type Role } from '../auth.js';
import { badRequest, conflict, notFound } from '../problem.js';
import type { RouteTable } from '../route-table.js';
import type { Views } from '../views.js';
import { date, departmentShape, instant, list, role } from '../answer-shapes.js';

const secretShape = z.object({ secret: z.string() });
const tokenShape = z.object({
  id: z.string(),
  role,
  department: z.string().nullable(),
  creditCode: z.string().nullable(),
  label: z.string().nullable(),
  unit: z.string().nullable(),
  person: z.string().nullable(),
});
const calendarShape = z.object({ year: z.int(), holidays: z.array(date), workdays: z.array(date), loaded: z.boolean() });

/** The code sets `GET /v1/codes` answers, each code with its Chinese label; the categories come from the ledger. */
const CODE_SETS = {
  channels: CHANNELS,
  statuses: STATUSES,
  closures: CLOSURES,
  classifications: CLASSIFICATIONS,
  ratingResults: RATING_RESULTS,
  ratingMethods: RATING_METHODS,
  submitterKinds: SUBMITTER_KINDS,
  appealKinds: APPEAL_KINDS,
  referralCauses: REFERRAL_CAUSES,
  followUpOutcomes: FOLLOW_UP_OUTCOMES,
  timelineKinds: TIMELINE_KINDS,
  meetingKinds: MEETING_KINDS,
  meetingStatuses: MEETING_STATUSES,
  tableDecisions: TABLE_DECISIONS,
  meetingReadiness: READINESS,
  unitLevels: UNIT_LEVELS,
  duties: DUTIES,
  accountabilityKinds: ACCOUNTABILITY_KINDS,
  accountabilityStatuses: ACCOUNTABILITY_STATUSES,
  accountabilityOutcomes: OUTCOME_RESULTS,
  findingResults: FINDING_RESULTS,
  accountabilityEventKinds: ACCOUNTABILITY_EVENT_KINDS,
  enterpriseFlags: ENTERPRISE_FLAGS,
  enterpriseSizes: ENTERPRISE_SIZES,
} as const;
const labels = z.record(z.string(), z.string());
const codeSetsShape = z.object({
  categories: labels,
  ...(Object.fromEntries(Object.keys(CODE_SETS).map((name) => [name, labels])) as Record<keyof typeof CODE_SETS, typeof labels>),
});

// Reference data an admin keeps: departments, tokens, the office's webhook, categories, the calendar, the policy.

const newSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;
const yearParam = (raw: string) => {
  const year = Number(raw);
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw badRequest([{ field: 'year', message: 'must be a year 1900–2200' }]);
  return year;
};

const tokenSchema = z
  .strictObject({
    role: z.enum(ROLES),
    department: departmentCode.optional(),
    creditCode: creditCode.optional(),
    label: text(200).optional(),
    unit: departmentCode.optional(),
    /** The person the token is issued to (issue 15): a department token's person works in its department. */
    person: personId.optional(),
  })
  .superRefine((t, ctx) => {
    if (t.role !== 'office' && t.unit) ctx.addIssue({ code: 'custom', path: ['unit'], message: 'only for the office role (a county’s or park’s office)' });
    if (t.role === 'department' && !t.department && !t.person)
      ctx.addIssue({ code: 'custom', path: ['department'], message: 'is required for the department role (or a person, whose unit it takes)' });
    if (t.role === 'enterprise' && t.person) ctx.addIssue({ code: 'custom', path: ['person'], message: 'an enterprise token cannot name a person' });
    if (t.role === 'leader' && !t.person)
      ctx.addIssue({ code: 'custom', path: ['person'], message: 'is required for the leader role (a person with the leader duty)' });
    if (t.role === 'enterprise' && !t.creditCode) ctx.addIssue({ code: 'custom', path: ['creditCode'], message: 'is required for the enterprise role' });
    if (t.role !== 'department' && t.department) ctx.addIssue({ code: 'custom', path: ['department'], message: 'only for the department role' });
    if (t.role !== 'enterprise' && t.creditCode) ctx.addIssue({ code: 'custom', path: ['creditCode'], message: 'only for the enterprise role' });
  });
const unitLevel = z.enum(UNIT_LEVEL_CODES);
const unitsQuery = z.strictObject({ parent: departmentCode.optional(), level: unitLevel.optional() });

/** Refuses with 400 a unit placed where the tree does not hold it (domain/units.ts). */
async function checkPlacement(db: Kysely<Database>, unit: PlacedUnit, isNew: boolean): Promise<void> {
  const parent = unit.parent === null ? undefined : await findDepartment(db, unit.parent);
  const problem = misplaced(unit, parent, isNew ? [] : await childUnits(db, unit.code));
  if (problem) throw badRequest([problem]);
}

const calendarSchema = z.strictObject({ holidays: z.array(z.string()).max(366), workdays: z.array(z.string()).max(366) });
const categorySchema = z.strictObject({ code: z.string().regex(/^[a-z0-9_]{1,64}$/, 'must be lowercase letters, digits and _'), label: text(100) });

/** The bodies that take a webhook URL, built over the operator's outbound policy. */
function webhookSchemas(outbound: OutboundRules) {
  const webhookUrl = webhookUrlSchema(outbound);
  return {
    department: z.strictObject({
      code: departmentCode,
      name: text(200),
      level: unitLevel.default('city_department'),
      parent: departmentCode.nullable().default(null),
      webhookUrl: webhookUrl.optional(),
    }),
    departmentPatch: z.strictObject({
      name: text(200).optional(),
      level: unitLevel.optional(),
      parent: departmentCode.nullable().optional(),
      webhookUrl: webhookUrl.nullable().optional(),
      active: z.boolean().optional(),
    }),
    officeWebhook: z.strictObject({ url: webhookUrl }),
  };
}

export function adminRoutes(routes: RouteTable, { db, outbound, views }: { db: Kysely<Database>; outbound: OutboundRules; views: Views }) {
  const schemas = webhookSchemas(outbound);

  /** The person a token is issued to: one who exists and is active, else 400 naming `person`. */
  async function tokenPerson(id: string) {
    const person = await findPerson(db, id);
    if (!person?.active) throw badRequest([{ field: 'person', message: person ? `person ${id} is not active` : `no person ${id}` }]);
    return person;
  }
  routes.add(
    {
      method: 'post',
      path: '/v1/departments',
      tag: 'admin',
      summary: 'Create a department: a unit of the city’s tree, with its level and parent (its webhook secret is shown once)',
      roles: ['admin'],
      body: schemas.department,
      responses: { 201: 'the department with its secret', 400: 'invalid input, or a parent that does not hold units of this level', 409: 'the code is taken' },
      answers: { 201: departmentShape.extend(secretShape.shape) },
    },
    async ({ res, body }) => {
      const d = body();
      await checkPlacement(db, d, true);
      const secret = newSecret();
      if (!(await insertDepartment(db, { code: d.code, name: d.name, level: d.level, parent: d.parent, webhookUrl: d.webhookUrl ?? null }, secret))) {
        throw conflict(`department ${d.code} exists`);
      }
      res
        .status(201)
        .location(`/v1/departments/${d.code}`)
        .json({ ...(await findDepartment(db, d.code))!, secret });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/departments',
      tag: 'admin',
      summary: 'List departments, or the units beneath one (`parent`) or of one level',
      roles: ['office', 'department', 'enterprise'],
      audience: AUDIENCE.departments,
      query: unitsQuery,
      unitScoped: true,
      responses: { 200: '{items}' },
      answers: { 200: list(departmentShape) },
    },
    async ({ res, caller, query }) => {
      res.json({ items: (await listDepartments(db, query)).map((d) => views.department(d, caller)) });
    },
  );

  routes.add(
    {
      method: 'patch',
      path: '/v1/departments/:code',
      tag: 'admin',
      summary: 'Rename, move, re-point or deactivate a department',
      roles: ['admin'],
      body: schemas.departmentPatch,
      responses: { 200: 'the department', 400: 'invalid input, or a place in the tree that does not hold it or its units', 404: 'no such department' },
      answers: { 200: departmentShape },
    },
    async ({ res, params, body }) => {
      const found = await findDepartment(db, params.code!);
      if (!found) throw notFound(`no department ${params.code}`);
      const changes = body();
      if (changes.level !== undefined || changes.parent !== undefined) {
        await checkPlacement(
          db,
          { code: found.code, level: changes.level ?? found.level, parent: changes.parent === undefined ? found.parent : changes.parent },
          false,
        );
      }
      // An UPDATE needs something to set: an empty patch changes nothing and answers the department as it is.
      res.json(Object.keys(changes).length === 0 ? found : await updateDepartment(db, params.code!, changes));
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/departments/:code/secret',
      tag: 'admin',
      summary: 'Rotate a department’s webhook secret (the old one still signs, in X-Appeals-Signature-Previous, for 24 h)',
      roles: ['admin'],
      responses: { 200: '{secret}', 404: 'no such department' },
      answers: { 200: secretShape },
    },
    async ({ res, params }) => {
      const secret = newSecret();
      if (!(await rotateDepartmentSecret(db, params.code!, secret))) throw notFound(`no department ${params.code}`);
      res.json({ secret });
    },
  );

  routes.add(
    {
      method: 'put',
      path: '/v1/office/webhook',
      tag: 'admin',
      summary: 'Where the office’s notifications go',
      roles: ['admin'],
      body: schemas.officeWebhook,
      responses: { 200: '{url, secret}', 400: 'invalid input' },
      answers: { 200: secretShape.extend({ url: z.string() }) },
    },
    async ({ res, body }) => {
      const { url } = body();
      const secret = newSecret();
      await db
        .insertInto('office_webhook')
        .values({ id: 1, url, secret })
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            url,
            secret,
            previous_secret: eb.ref('office_webhook.secret'),
            previous_secret_until: sql<Date>`now() + interval '24 hours'`,
          })),
        )
        .execute();
      res.json({ url, secret });
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/tokens',
      tag: 'admin',
      summary: 'Issue a token (shown once); an office token with `unit` is a county’s or park’s office, over its subtree only',
      roles: ['admin'],
      body: tokenSchema,
      responses: {
        201: '{id, token, role, department, creditCode, label, unit, person}',
        400: 'invalid input (a unit that is not a county or park, a person who does not exist or is retired, a department token for another unit than its person’s, an enterprise token naming a person)',
      },
      answers: { 201: tokenShape.extend({ token: z.string() }) },
    },
    async ({ res, body }) => {
      const t = body();
      const person = t.person === undefined ? undefined : await tokenPerson(t.person);
      if (t.role === 'leader' && !person!.duties.includes('leader')) throw badRequest([{ field: 'person', message: `${person!.name} has no leader duty` }]);
      // A department token for a person is for the person's unit; an office or admin token may name anyone.
      const department = t.role === 'department' ? (t.department ?? person!.unit) : undefined;
      if (person && department !== undefined && department !== person.unit) {
        throw badRequest([{ field: 'department', message: `must be ${person.unit}, the unit of person ${person.id}` }]);
      }
      if (department && !(await findDepartment(db, department))) throw badRequest([{ field: 'department', message: `no department ${department}` }]);
      if (t.unit) {
        const unit = await findDepartment(db, t.unit);
        if (unit?.level !== 'county' && unit?.level !== 'park')
          throw badRequest([{ field: 'unit', message: unit ? `${t.unit} is a ${unit.level}, not a county or park` : `no unit ${t.unit}` }]);
      }
      const { token, hash } = issueToken();
      const row = {
        id: randomUUID(),
        role: t.role,
        department: department ?? null,
        creditCode: t.creditCode ?? null,
        label: t.label ?? null,
        unit: t.unit ?? null,
        person: person?.id ?? null,
      };
      await insertToken(db, row, hash);
      res.status(201).json({ ...row, token });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/tokens',
      tag: 'admin',
      summary: 'List active tokens (never the tokens themselves)',
      roles: ['admin'],
      responses: { 200: '{items}' },
      answers: { 200: list(tokenShape.extend({ createdAt: instant })) },
    },
    async ({ res }) => {
      res.json({ items: (await listActiveTokens(db)).map((t) => ({ ...t, role: t.role as Role, createdAt: views.at(t.createdAt.getTime()) })) });
    },
  );

  routes.add(
    {
      method: 'delete',
      path: '/v1/tokens/:id',
      tag: 'admin',
      summary: 'Revoke a token',
      roles: ['admin'],
      responses: { 204: 'revoked', 404: 'no such active token' },
    },
    async ({ res, params }) => {
      if (!(await revokeToken(db, params.id!))) throw notFound(`no active token ${params.id}`);
      res.status(204).end();
    },
  );

  routes.add(
    {
      method: 'put',
      path: '/v1/calendar/:year',
      tag: 'calendar',
      summary: 'Replace a year’s holidays and adjusted working days',
      roles: ['admin'],
      body: calendarSchema,
      responses: { 200: 'the year', 400: 'invalid dates' },
      answers: { 200: calendarShape },
    },
    async ({ res, params, body }) => {
      const year = yearParam(params.year!);
      const lists = body();
      const problems = validateCalendarYear(year, lists);
      if (problems.length > 0) {
        throw badRequest(
          problems.map((p) => {
            const [field, ...rest] = p.split(': ');
            return { field: field!.replace(/\[(\d+)\]/, '.$1'), message: rest.join(': ') };
          }),
        );
      }
      const sorted = { year, holidays: [...lists.holidays].sort(), workdays: [...lists.workdays].sort() };
      await replaceCalendarYear(db, sorted, 'edited through the API');
      res.json({ ...sorted, loaded: true });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/calendar/:year',
      tag: 'calendar',
      summary: 'A year’s calendar (the weekend rule with loaded: false when none is loaded)',
      roles: ['office', 'department', 'enterprise'],
      responses: { 200: '{year, holidays, workdays, loaded}', 400: 'invalid year' },
      answers: { 200: calendarShape },
    },
    async ({ res, params }) => {
      const year = yearParam(params.year!);
      const found = await findCalendarYear(db, year);
      res.json(found ? { ...found, loaded: true } : { year, holidays: [], workdays: [], loaded: false });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/codes',
      tag: 'reference',
      summary: 'Every code set with Chinese labels',
      roles: ['office', 'department', 'enterprise'],
      unitScoped: true,
      responses: { 200: 'code sets' },
      answers: { 200: codeSetsShape },
    },
    async ({ res }) => {
      const categories = Object.fromEntries((await listCategories(db)).map((c) => [c.code, c.label]));
      res.json({ ...CODE_SETS, categories });
    },
  );

  routes.add(
    {
      method: 'post',
      path: '/v1/codes/categories',
      tag: 'reference',
      summary: 'Add a category',
      roles: ['admin'],
      body: categorySchema,
      responses: { 201: 'the category', 400: 'invalid input', 409: 'the code is taken' },
      answers: { 201: categorySchema },
    },
    async ({ res, body }) => {
      const c = body();
      if (!(await insertCategory(db, c.code, c.label))) throw conflict(`category ${c.code} exists`);
      res.status(201).json(c);
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/policy',
      tag: 'reference',
      summary: 'The time rules’ numbers and which appeals the public pages withhold by default',
      roles: ['office', 'department', 'enterprise'],
      unitScoped: true,
      responses: { 200: 'the policy' },
      answers: { 200: policySchema },
    },
    async ({ res }) => {
      res.json(await loadPolicy(db));
    },
  );

  routes.add(
    {
      method: 'put',
      path: '/v1/policy',
      tag: 'reference',
      summary: 'Replace the policy (numbers apply to deadlines set afterwards; `publication` to appeals not yet decided on)',
      roles: ['admin'],
      body: policySchema,
      responses: { 200: 'the policy', 400: 'invalid numbers' },
      answers: { 200: policySchema },
    },
    async ({ res, body }) => {
      const policy = body();
      const known = new Set((await listCategories(db)).map((c) => c.code));
      const unknown = policy.publication.confidentialCategories.flatMap((code, i) =>
        known.has(code) ? [] : [{ field: `publication.confidentialCategories.${i}`, message: `unknown category ${code}` }],
      );
      if (unknown.length > 0) throw badRequest(unknown);
      await replacePolicy(db, policy);
      res.json(policy);
    },
  );
}
