import { z } from 'zod';
import { ROLES } from './auth.js';
import { problemShape } from './answer-shapes.js';
import { admittedRoles, limitsWrites, type ResponseHeader, type RouteSpec } from './route-table.js';

// OpenAPI 3.1 from the route table: JSON Schema 2020-12 is OpenAPI 3.1's own dialect, so zod's output fits as is.

/** The steps' header (api/idempotent-steps.ts); the submission describes its own in its summary. */
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free.',
  schema: { type: 'string', minLength: 1, maxLength: 200 },
};
const KEY_REUSED = 'the Idempotency-Key was used with another request';
const responseHeaders: Record<ResponseHeader, { description: string; schema: object }> = {
  Location: { description: 'the path to read what was created or accepted', schema: { type: 'string' } },
  'Retry-After': { description: 'seconds to wait before asking again', schema: { type: 'integer', minimum: 1 } },
  ETag: { description: 'the bytes’ hex SHA-256, quoted', schema: { type: 'string' } },
  'Content-Disposition': { description: 'attachment, with the file’s name (RFC 6266; `filename*` in UTF-8, RFC 5987)', schema: { type: 'string' } },
};
/** An upload's body (RouteSpec.upload). */
const uploadBody = {
  required: true,
  content: {
    'multipart/form-data': {
      schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', contentMediaType: 'application/octet-stream' } } },
    },
  },
};

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output' = 'input') => z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });

/** The shared answer shapes (api/answer-shapes.ts, those with an `id`), gathered while the operations are built. */
type Components = Record<string, unknown>;

/**
 * An answer's schema, its shared shapes moved to components.schemas and referred to there. Objects are left open:
 * a field added later is no breaking change, while every field named is typed and required where always present.
 */
function answerSchema(schema: z.ZodType, components: Components) {
  const {
    $schema: _dialect,
    $defs,
    ...own
  } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
    override: ({ jsonSchema }) => {
      if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
    },
  });
  const relocate = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(relocate)
      : typeof value === 'object' && value !== null
        ? Object.fromEntries(
            Object.entries(value).map(([key, item]) => [
              key,
              key === '$ref' && typeof item === 'string' ? item.replace('#/$defs/', '#/components/schemas/') : relocate(item),
            ]),
          )
        : value;
  for (const [id, shared] of Object.entries($defs ?? {})) components[id] = relocate(shared);
  return relocate(own);
}

/**
 * The answers a route gives by what it is, whatever its handler adds (CONTRACT.md §3): the route table checks the
 * token and the role, parses the query and the body, and any route that reads the ledger or reaches Temporal
 * can find either down. A route's own `responses` only name what is particular to it.
 */
function derivedResponses(spec: RouteSpec): Record<number, string> {
  const roles = spec.roles === 'public' ? undefined : admittedRoles(spec.roles);
  const answers: [number, string, unknown][] = [
    [400, 'invalid input (`errors` names each field)', spec.body || spec.query],
    [401, 'no token, or an unknown or revoked one', roles],
    [403, 'not allowed for this role', roles && ROLES.some((r) => !roles.includes(r))],
    [404, 'nothing at this path', spec.path.includes(':')],
    [413, 'the body is over 64 KiB', spec.body],
    [429, 'this token has used its writes for now (not the admin’s); Retry-After says when to retry', limitsWrites(spec)],
    [503, 'Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away)', roles],
  ];
  return Object.fromEntries(answers.filter(([, , applies]) => applies).map(([status, description]) => [status, description]));
}

/**
 * A success's description, with what each role sees of the resource it answers where that differs (200 and 201: a
 * 202 answers a receipt). The operation's own description says its roles alone: the fuzz run and tests read it.
 */
function success(spec: RouteSpec, status: number, what: string, components: Components) {
  const description = spec.audience && (status === 200 || status === 201) ? `${what}. ${spec.audience}` : what;
  if (status === 204) return { description };
  if (spec.contentType) {
    return { description, content: Object.fromEntries([spec.contentType].flat().map((type) => [type, { schema: { type: 'string', format: 'binary' } }])) };
  }
  const declared = spec.answers?.[status];
  // A JSON answer without its schema would leave clients and the tests' check blind: refuse to describe it at all.
  if (!declared) throw new Error(`${spec.method.toUpperCase()} ${spec.path} answers ${status} in JSON but declares no schema for it (RouteSpec.answers)`);
  return {
    description,
    content: {
      'application/json': { schema: answerSchema(declared, components) },
      ...(spec.csv ? { 'text/csv': { schema: { type: 'string' } } } : {}),
    },
  };
}

function operation(spec: RouteSpec, components: Components) {
  const pathParams = [...spec.path.matchAll(/:(\w+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string', minLength: 1 },
  }));
  const queryShape = spec.query instanceof z.ZodObject ? (spec.query.shape as Record<string, z.ZodType>) : {};
  const queryParams = Object.entries(queryShape).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !schema.safeParse(undefined).success,
    schema: jsonSchema(schema),
  }));
  const described: Record<number, string> = { ...derivedResponses(spec), ...spec.responses };
  if (spec.idempotencyKey) described[409] = described[409] ? `${described[409]}; or ${KEY_REUSED}` : KEY_REUSED;
  const headers: NonNullable<RouteSpec['headers']> = { ...spec.headers };
  if (limitsWrites(spec)) headers[429] = { 'Retry-After': true, ...headers[429] };
  // The ledger's 503 says when to try again (api/problem.ts); Temporal's does not know.
  if (described[503]) headers[503] = { 'Retry-After': false, ...headers[503] };
  const headersOf = (status: number) => {
    const declared = Object.entries(headers[status] ?? {}) as [ResponseHeader, boolean][];
    return declared.length === 0 ? {} : { headers: Object.fromEntries(declared.map(([name, required]) => [name, { ...responseHeaders[name], required }])) };
  };
  const responses = Object.fromEntries(
    Object.entries(described).map(([status, description]) => [
      status,
      {
        ...(Number(status) >= 400 && !spec.ownBodyOn?.includes(Number(status))
          ? { description, content: { 'application/problem+json': { schema: answerSchema(problemShape, components) } } }
          : success(spec, Number(status), description, components)),
        ...headersOf(Number(status)),
      },
    ]),
  );
  return {
    summary: spec.summary,
    tags: [spec.tag],
    ...(spec.roles === 'public' ? { security: [] } : { description: `Roles: ${admittedRoles(spec.roles).join(', ')}.` }),
    parameters: [...pathParams, ...queryParams, ...(spec.idempotencyKey ? [idempotencyKey] : [])],
    // No body reads as `{}`, so the body is required only where `{}` is not a valid one.
    ...(spec.body ? { requestBody: { required: !spec.body.safeParse({}).success, content: { 'application/json': { schema: jsonSchema(spec.body) } } } } : {}),
    ...(spec.upload ? { requestBody: uploadBody } : {}),
    responses,
  };
}

export function openApiDocument(specs: RouteSpec[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Components = {};
  for (const spec of specs) {
    const path = spec.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [spec.method]: operation(spec, schemas) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Enterprise appeals (企业诉求) API',
      version: '1.0.0',
      description: 'Every appeal from intake to closure and follow-up visits; see README.md for a walk-through.',
    },
    components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearer: [] }],
    paths,
  };
}
