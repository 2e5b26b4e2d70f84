import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  DEFAULT_TEMPLATES,
  MAX_SEGMENTS,
  MESSAGE_KINDS,
  MESSAGE_PLACEHOLDERS,
  isMessageKind,
  renderMessage,
  smsSegments,
  templateProblems,
  type MessageKind,
  type MessageValues,
} from '../../domain/message-templates.js';
import { listTemplates, loadTemplate, saveTemplate, type StoredTemplate } from '../../db/message-templates.js';
import type { Database } from '../../db/schema.js';
import type { Caller } from '../auth.js';
import { badRequest, notFound } from '../problem.js';
import type { RouteTable } from '../route-table.js';
import { instant, list } from '../answer-shapes.js';
import type { Views } from '../views.js';

/** A message template with an example rendering; who last changed it only for the admin. */
const templateShape = z.object({
  kind: z.string(),
  label: z.string(),
  text: z.string(),
  maxSegments: z.int(),
  placeholders: z.array(z.object({ name: z.string(), label: z.string() })),
  isDefault: z.boolean(),
  defaultText: z.string(),
  updatedAt: instant.optional(),
  updatedBy: z.string().optional(),
  example: z.object({ text: z.string(), characters: z.int(), segments: z.int() }),
});

// The texts of messages to enterprises and submitters (issue 16), read by the office and edited by the admin. Each
// answer shows the template rendered with example values and the SMS segments that takes, so an edit's cost is
// seen before the first message goes out.

const templateSchema = z.strictObject({
  text: z.string().trim().min(1, 'must not be empty').max(500, 'at most 500 characters'),
  maxSegments: z
    .number()
    .int()
    .min(1)
    .max(MAX_SEGMENTS)
    .optional()
    .describe('SMS segments a message may take (70 characters for one, 67 each when longer); answers and titles are shortened to fit'),
});

const EXAMPLE: Required<MessageValues> = {
  receiptNumber: 'QS00000123',
  title: '申请科技贷款两个月未有答复',
  department: '市发展和改革委员会',
  deadline: '12月15日前',
  answer: '已协调合作银行于本周内完成授信审批，并将结果书面告知企业',
  link: 'https://appeals.city.example/a/Qk9PS0VEX1RPS0VOX0VYQU1QTEVfMTIzNDU2Nzg5MDEy',
  code: '482913',
  survey: '2026年第三季度百企评营商环境',
};

function present(t: StoredTemplate, caller: Caller, at: Views['at']): z.output<typeof templateShape> {
  const spec = DEFAULT_TEMPLATES[t.kind];
  const example = renderMessage(t.text, EXAMPLE, t.maxSegments);
  return {
    kind: t.kind,
    label: spec.label,
    text: t.text,
    maxSegments: t.maxSegments,
    placeholders: spec.placeholders.map((name) => ({ name, label: MESSAGE_PLACEHOLDERS[name] })),
    isDefault: t.updatedAt === undefined,
    defaultText: spec.text,
    ...(t.updatedAt ? { updatedAt: at(t.updatedAt.getTime()) } : {}),
    // Which admin token changed it is the admin's business.
    ...(t.updatedBy && caller.role === 'admin' ? { updatedBy: t.updatedBy } : {}),
    example: { text: example, characters: example.length, segments: smsSegments(example) },
  };
}

function kindOr404(kind: string): MessageKind {
  if (!isMessageKind(kind)) throw notFound(`no message template ${kind} (kinds: ${MESSAGE_KINDS.join(', ')})`);
  return kind;
}

export function messageTemplateRoutes(routes: RouteTable, { db, views }: { db: Kysely<Database>; views: Views }) {
  routes.add(
    {
      method: 'get',
      path: '/v1/message-templates',
      tag: 'messages',
      summary: 'Every message template, with an example rendering and its SMS segments',
      roles: ['office'],
      responses: { 200: '{items}' },
      answers: { 200: list(templateShape) },
    },
    async ({ res, caller }) => {
      res.json({ items: (await listTemplates(db)).map((t) => present(t, caller, views.at)) });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/message-templates/:kind',
      tag: 'messages',
      summary: 'One message template',
      roles: ['office'],
      responses: { 200: 'the template', 404: 'no such kind' },
      answers: { 200: templateShape },
    },
    async ({ res, caller, params }) => {
      res.json(present(await loadTemplate(db, kindOr404(params.kind!)), caller, views.at));
    },
  );

  routes.add(
    {
      method: 'put',
      path: '/v1/message-templates/:kind',
      tag: 'messages',
      summary: 'Replace a message template; messages written from then on use it',
      roles: ['admin'],
      body: templateSchema,
      responses: {
        200: 'the template',
        400: 'invalid input: an unknown {value}, the receipt number (or code) missing, or more SMS segments than allowed even with the answer and title shortened',
        404: 'no such kind',
      },
      answers: { 200: templateShape },
    },
    async ({ res, caller, params, body }) => {
      const kind = kindOr404(params.kind!);
      const { text, maxSegments = DEFAULT_TEMPLATES[kind].maxSegments } = body();
      const problems = templateProblems(kind, text);
      if (problems.length > 0) throw badRequest(problems.map((message) => ({ field: 'text', message })));
      const example = renderMessage(text, EXAMPLE, maxSegments);
      if (smsSegments(example) > maxSegments) {
        throw badRequest([
          {
            field: 'text',
            message: `takes ${smsSegments(example)} SMS segments (${example.length} characters) with example values, more than maxSegments ${maxSegments}`,
          },
        ]);
      }
      await saveTemplate(db, { kind, text, maxSegments, by: caller.tokenId ?? caller.role, at: new Date() });
      res.json(present(await loadTemplate(db, kind), caller, views.at));
    },
  );
}
