import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { DUTIES, codesOf } from '../../domain/codes.js';
import { departmentCode, flag, phone, text } from '../../domain/steps.js';
import { inactiveOrUnknown } from '../../db/departments.js';
import { listDigests, type LeaderDigest } from '../../db/leader-digests.js';
import { findPerson, insertPerson, listPeople, updatePerson } from '../../db/people.js';
import type { Database } from '../../db/schema.js';
import { AUDIENCE, readsPerson } from '../audience.js';
import type { Caller } from '../auth.js';
import { badRequest, forbidden, notFound } from '../problem.js';
import type { RouteTable } from '../route-table.js';
import type { Views } from '../views.js';
import { date, instant, list, personShape } from '../answer-shapes.js';

/** A leader's week: the open appeals they instructed, as the snapshot of that Monday had them. */
const digestShape = z.object({
  week: date,
  computedAt: instant,
  appeals: z.array(
    z.object({
      appealId: z.string(),
      receiptNumber: z.string(),
      status: z.string(),
      leadDepartment: z.string().nullable(),
      overdue: z.boolean(),
      dueAt: z.string().nullable(),
      reportBy: z.string().nullable(),
    }),
  ),
});

// The people of the units (issue 15): who handles, owns or leads cases. Tokens issued to a person
// (`POST /v1/tokens {person}`) name them in every event they write; who reads a person is api/audience.ts's rule.

const duties = z
  .array(z.enum(codesOf(DUTIES)))
  .min(1, 'must name at least one duty')
  .refine((list) => new Set(list).size === list.length, 'must not repeat a duty');

const personSchema = z.strictObject({ name: text(100), unit: departmentCode, phone: phone.optional(), duties });
const personPatchSchema = z.strictObject({
  name: text(100).optional(),
  phone: phone.nullable().optional(),
  duties: duties.optional(),
  active: z.boolean().optional(),
});
const listQuery = z.strictObject({
  unit: departmentCode.optional(),
  duty: z.enum(codesOf(DUTIES)).optional(),
  active: flag.optional(),
});

export function peopleRoutes(routes: RouteTable, { db, views }: { db: Kysely<Database>; views: Views }) {
  /** The person at this path (404), if the caller may read them (403: a department reads its own unit's). */
  async function readable(id: string, caller: Caller) {
    const person = await findPerson(db, id);
    if (!person) throw notFound(`no person ${id}`);
    if (!readsPerson(caller, person)) throw forbidden('a department reads only the people of its own unit');
    return person;
  }

  routes.add(
    {
      method: 'post',
      path: '/v1/people',
      tag: 'people',
      summary: 'Add a person to a unit, with their duties (tokens can then be issued to them)',
      roles: ['office'],
      audience: AUDIENCE.people,
      body: personSchema,
      responses: { 201: 'the person, with `Location`', 400: 'invalid input (`unit` must be an active department)' },
      answers: { 201: personShape },
      headers: { 201: { Location: true } },
    },
    async ({ res, caller, body }) => {
      const p = body();
      if ((await inactiveOrUnknown(db, [p.unit])).length > 0) throw badRequest([{ field: 'unit', message: `${p.unit} is not an active department` }]);
      const person = await insertPerson(db, { id: randomUUID(), name: p.name, unit: p.unit, phone: p.phone ?? null, duties: p.duties });
      res.status(201).location(`/v1/people/${person.id}`).json(views.person(person, caller));
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/people',
      tag: 'people',
      summary: 'People by unit, duty and whether active; a department lists its own unit',
      roles: ['office', 'department'],
      audience: AUDIENCE.people,
      query: listQuery,
      responses: { 200: '{items}, by unit then name', 403: 'a department asking for another unit' },
      answers: { 200: list(personShape) },
    },
    async ({ res, caller, query }) => {
      if (caller.role === 'department' && query.unit !== undefined && query.unit !== caller.department) {
        throw forbidden('a department reads only the people of its own unit');
      }
      const unit = caller.role === 'department' ? caller.department : query.unit;
      const people = await listPeople(db, { unit, duty: query.duty, active: query.active });
      res.json({ items: people.map((p) => views.person(p, caller)) });
    },
  );

  const digestOf = (d: LeaderDigest) => ({ week: d.week, computedAt: views.at(d.computedAt.getTime()), appeals: d.appeals });

  routes.add(
    {
      method: 'get',
      path: '/v1/digests',
      tag: 'people',
      summary: 'A leader’s own weekly digests of the open appeals they instructed, newest first (a year of them)',
      roles: ['leader'],
      responses: { 200: '{items: [{week, computedAt, appeals: [{appealId, receiptNumber, status, leadDepartment, overdue, dueAt, reportBy}]}]}' },
      answers: { 200: list(digestShape) },
    },
    async ({ res, caller }) => {
      res.json({ items: (await listDigests(db, caller.person!.id)).map(digestOf) });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/people/:id/digests',
      tag: 'people',
      summary: 'A leader’s weekly digests, as GET /v1/digests answers them to the leader',
      roles: ['office'],
      responses: { 200: '{items}', 404: 'no such person' },
      answers: { 200: list(digestShape) },
    },
    async ({ res, params }) => {
      if (!(await findPerson(db, params.id!))) throw notFound(`no person ${params.id}`);
      res.json({ items: (await listDigests(db, params.id!)).map(digestOf) });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/people/:id',
      tag: 'people',
      summary: 'A person',
      roles: ['office', 'department'],
      audience: AUDIENCE.people,
      responses: { 200: 'the person', 403: 'a person of another unit', 404: 'no such person' },
      answers: { 200: personShape },
    },
    async ({ res, caller, params }) => {
      res.json(views.person(await readable(params.id!, caller), caller));
    },
  );

  routes.add(
    {
      method: 'patch',
      path: '/v1/people/:id',
      tag: 'people',
      summary: 'Rename a person, change their phone or duties, or retire them (`active: false`: their tokens stop working)',
      roles: ['office'],
      audience: AUDIENCE.people,
      body: personPatchSchema,
      responses: { 200: 'the person', 400: 'invalid input', 404: 'no such person' },
      answers: { 200: personShape },
    },
    async ({ res, caller, params, body }) => {
      await readable(params.id!, caller);
      const person = await updatePerson(db, params.id!, body());
      if (!person) throw notFound(`no person ${params.id}`);
      res.json(views.person(person, caller));
    },
  );
}
