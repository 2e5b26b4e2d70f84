import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { Authenticator, Caller, Role } from './auth.js';
import { fieldErrors } from '../domain/field-errors.js';
import type { IdempotentSteps, StepAnswer } from './idempotent-steps.js';
import { isUnitOffice } from './office-scope.js';
import { HttpProblem, badRequest, forbidden, notFound } from './problem.js';
import type { RateLimiter } from './rate-limit.js';

// Each route is declared once, with its roles and schemas: the same declaration registers it on express, checks
// who may call it and generates its OpenAPI entry, so the document cannot drift from the router.

/** Response headers a route can declare (their meaning is described once, in openapi.ts). */
export type ResponseHeader = 'Location' | 'Retry-After' | 'ETag' | 'Content-Disposition';

/** Success status → the zod schema of its JSON body: one declaration types the handler's answer and documents it. */
export type Answers = Partial<Record<number, z.ZodType>>;

/** What a handler may send: the output of any of its declared success schemas (problems go through HttpProblem). */
type AnswerBody<A> = A extends Answers ? { [S in keyof A]: A[S] extends z.ZodType ? z.output<A[S]> : never }[keyof A] : unknown;

export interface RouteSpec<
  B extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  A extends Answers | undefined = Answers | undefined,
> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  tag: string;
  /** Who may call it; `office` admits the admin too. */
  roles: Role[] | 'public';
  /** What each role sees of a successful answer, when that differs by role (the words of api/audience.ts). */
  audience?: string;
  body?: B;
  query?: Q;
  /** Status code → description, for the document. */
  responses: Record<number, string>;
  /**
   * Success status → the schema of its JSON body (openapi.ts requires one for every JSON success): the handler's
   * `res.json` is typed by it and the document carries it, so neither can say what the other does not.
   */
  answers?: A;
  /** Status code → the headers its answers carry: `true` when every such answer has it, `false` when some do. */
  headers?: Record<number, Partial<Record<ResponseHeader, boolean>>>;
  /** Error statuses answered with the route's own body rather than problem+json (readiness says what is down). */
  ownBodyOn?: number[];
  /** The body as CSV when asked for with `Accept: text/csv`. */
  csv?: boolean;
  /** The success answer's media type when it is not JSON (several: it answers one of them). */
  contentType?: string | readonly string[];
  /** The body is multipart/form-data with one binary `file` part (an upload), read by the handler itself. */
  upload?: boolean;
  /** A step or a creation taking an optional `Idempotency-Key` header: its handler answers through `once`. */
  idempotencyKey?: boolean;
  /** Honours a county's or park's office (api/office-scope.ts): only these admit its token. */
  unitScoped?: boolean;
}

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export interface Context<B, Q, A = undefined> {
  req: Request;
  /** Typed by the route's `answers`: `res.json` takes only a body the document describes. */
  res: Response<AnswerBody<A>>;
  caller: Caller;
  params: Record<string, string>;
  query: Q;
  /** Parses the body now: callers check existence and ownership first, so 404/403 outrank 413/400. */
  body(): B;
  /**
   * Takes the step on the workflow `target` (or makes what a creation makes in the collection `target`) and sends
   * `work`'s answer, at most once per Idempotency-Key; `tryId` is the same for every try (api/idempotent-steps.ts).
   */
  once(target: string, work: (tryId?: string) => Promise<StepAnswer & { body: AnswerBody<A> }>): Promise<void>;
}

export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw badRequest(fieldErrors(parsed.error));
  return parsed.data;
}

/** Who may call a route: the declared roles, and the admin wherever the office may. */
export function admittedRoles(roles: Role[]): Role[] {
  return roles.includes('office') && !roles.includes('admin') ? [...roles, 'admin'] : roles;
}

/**
 * Whether a token holder's call of this route takes from its token's bucket: every write a role other than the
 * admin may make. The admin is the operator, who loads calendars, departments and tokens in bulk, and whose token
 * opens everything anyway; a bucket would only slow the repair of an incident.
 */
export function limitsWrites(spec: Pick<RouteSpec, 'method' | 'roles'>): boolean {
  return spec.method !== 'get' && spec.roles !== 'public' && admittedRoles(spec.roles).some((role) => role !== 'admin');
}

/** Where a string holds U+0000, which Postgres text cannot store: a dotted path, '' for the value itself. */
function nulAt(value: unknown, at: string[] = []): string | undefined {
  if (typeof value === 'string') return value.includes('\0') ? at.join('.') : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = key.includes('\0') ? [...at, key].join('.') : nulAt(item, [...at, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

function rejectNul(value: unknown, where: string): void {
  const field = nulAt(value);
  if (field !== undefined) throw badRequest([{ field: field || where, message: 'must not contain U+0000' }]);
}

/** Public routes read nothing of their caller; should one ever look, it finds the least privilege there is. */
const PUBLIC: Caller = { role: 'enterprise', tokenId: 'public' };

export class RouteTable {
  readonly specs: RouteSpec[] = [];

  constructor(
    private readonly router: Router,
    private readonly authenticate: Authenticator,
    private readonly steps: IdempotentSteps,
    /** Token holders' writes, a bucket per token (limitsWrites). */
    private readonly writes: RateLimiter,
  ) {}

  add<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, A extends Answers | undefined = undefined>(
    spec: RouteSpec<B, Q, A>,
    handler: (ctx: Context<Infer<B>, Infer<Q>, A>) => Promise<void>,
  ) {
    this.specs.push(spec as RouteSpec);
    const roles = spec.roles === 'public' ? 'public' : admittedRoles(spec.roles);
    const limited = limitsWrites(spec);
    this.router[spec.method](spec.path, async (req, res) => {
      const caller = roles === 'public' ? PUBLIC : await this.authenticate(req.header('authorization'));
      if (roles !== 'public' && !roles.includes(caller.role)) {
        throw forbidden(`the ${caller.role} role may not call ${spec.method.toUpperCase()} ${spec.path}`);
      }
      if (!spec.unitScoped && isUnitOffice(caller)) {
        throw forbidden(`a county's or park's office may not call ${spec.method.toUpperCase()} ${spec.path}: its token reaches the appeals of its own units`);
      }
      // After the token and the role, before anything reads the ledger: a refused write costs nothing further.
      if (limited && caller.role !== 'admin') this.writes.take(caller.tokenId!);
      // Nothing stored has a U+0000 in its key, and a query or body holding one is invalid input.
      if (nulAt(req.params) !== undefined) throw notFound(`nothing at ${req.path}`);
      rejectNul(req.query, '(query)');
      const query = (spec.query ? parseOrThrow(spec.query, req.query) : undefined) as Infer<Q>;
      if (spec.idempotencyKey && (await this.steps.replay(req, res, caller))) return;
      await handler({
        req,
        res,
        caller,
        params: req.params as Record<string, string>,
        query,
        body: () => {
          const failure = (req as Request & { bodyError?: { status?: number } }).bodyError;
          if (failure?.status === 413) throw new HttpProblem(413, 'Payload too large', 'the body is over 64 KiB');
          if (failure) throw badRequest([{ field: '(body)', message: 'must be valid JSON' }]);
          rejectNul(req.body, '(body)');
          return (spec.body ? parseOrThrow(spec.body, req.body ?? {}) : undefined) as Infer<B>;
        },
        once: (target, work) => this.steps.once(req, res, caller, target, work),
      });
    });
  }
}
