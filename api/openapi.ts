import { z } from 'zod';
import type { RouteSpec } from './route-table.js';

// OpenAPI 3.1 from the route table: JSON Schema 2020-12 is OpenAPI 3.1's own dialect, so zod's output fits as is.

const problem = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
    currentStatus: { type: 'string' },
    allowedSteps: { type: 'array', items: { type: 'string' } },
  },
};

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output' = 'input') =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });

function operation(spec: RouteSpec) {
  const pathParams = [...spec.path.matchAll(/:(\w+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const queryShape = spec.query instanceof z.ZodObject ? (spec.query.shape as Record<string, z.ZodType>) : {};
  const queryParams = Object.entries(queryShape).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !schema.safeParse(undefined).success,
    schema: jsonSchema(schema),
  }));
  const responses = Object.fromEntries(
    Object.entries(spec.responses).map(([status, description]) => [
      status,
      Number(status) >= 400
        ? { description, content: { 'application/problem+json': { schema: problem } } }
        : {
            description,
            content: {
              'application/json': { schema: { type: 'object' } },
              ...(spec.csv ? { 'text/csv': { schema: { type: 'string' } } } : {}),
            },
          },
    ]),
  );
  return {
    summary: spec.summary,
    tags: [spec.tag],
    ...(spec.roles === 'public' ? { security: [] } : { description: `Roles: ${spec.roles.join(', ')}${spec.roles.includes('office') ? ', admin' : ''}.` }),
    parameters: [...pathParams, ...queryParams],
    ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(spec.body) } } } } : {}),
    responses,
  };
}

export function openApiDocument(specs: RouteSpec[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = spec.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [spec.method]: operation(spec) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Enterprise appeals (企业诉求) API',
      version: '1.0.0',
      description: 'Every appeal from intake to closure and follow-up visits; see README.md for a walk-through.',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearer: [] }],
    paths,
  };
}
