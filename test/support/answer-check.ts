import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// Every JSON answer the tests receive is checked against `/openapi.json`: the schema its operation declares for that
// status (problems against Problem). A mismatch throws in the request helper, so the test that caused it fails and
// the document cannot drift from what the API really answers.

// ajv-formats is CommonJS; under NodeNext its default import is the module object or the function itself.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: object }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas?: Record<string, object> };
}

export type AnswerCheck = (method: string, path: string, status: number, contentType: string | null, body: unknown) => string | undefined;

/** A checker over the document: the reason an answer does not match it, or undefined when it does. */
export function createAnswerCheck(document: Document): AnswerCheck {
  // OpenAPI's own keywords (e.g. `components` at the root of each compiled schema) are not JSON Schema's.
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
  const routes = Object.entries(document.paths).map(([template, operations]) => ({
    pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`),
    operations,
  }));
  const compiled = new Map<object, ReturnType<Ajv2020['compile']>>();
  const validatorOf = (schema: object) => {
    let validate = compiled.get(schema);
    if (!validate) compiled.set(schema, (validate = ajv.compile({ ...schema, components: document.components })));
    return validate;
  };

  return (method, path, status, contentType, body) => {
    const mediaType = contentType?.split(';')[0]?.trim();
    if (mediaType !== 'application/json' && mediaType !== 'application/problem+json') return undefined;
    const pathname = path.split('?')[0]!;
    const operation = routes.find((r) => r.pattern.test(pathname) && r.operations[method.toLowerCase()])?.operations[method.toLowerCase()];
    // Unknown routes answer the 404 problem of the app itself; every known one is in the document.
    if (!operation) return status === 404 || status === 405 ? undefined : `${method} ${pathname} is not in /openapi.json`;
    const declared = operation.responses?.[String(status)];
    if (!declared) return `${method} ${pathname} answered ${status}, which /openapi.json does not declare`;
    const schema = declared.content?.[mediaType]?.schema;
    if (!schema) return `${method} ${pathname} answered ${status} as ${mediaType}, which /openapi.json does not declare`;
    const validate = validatorOf(schema);
    if (validate(body)) return undefined;
    const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message}`).join('; ');
    return `${method} ${pathname} ${status} does not match /openapi.json: ${errors}`;
  };
}
