import { z } from 'zod';

// Loaded once per worker before any workflow runs, and shared by all of them (worker/workflow-bundle.ts), so that
// zod is not evaluated again for each new or replayed workflow. The SDK freezes what a shared module reaches once
// it is loaded, while zod fills in some of its own objects on first use: its configuration (the locale, the
// memoizer), and each schema class's members, installed on the class the first time one of its kind is built. All
// of that is done here, before the freeze. The schemas themselves are built by each workflow, as its own.

z.config({ ...z.locales.en(), memoizer: z.core.memoizer() });

function buildEveryKind() {
  const inner = z.strictObject({ kind: z.literal('a'), at: z.iso.datetime({ offset: true }).optional() });
  const schema = z.strictObject({
    text: z.string().trim().min(1).max(5).regex(/^x/).refine(Boolean).meta({ example: 'x' }).describe('x'),
    count: z.number().int().min(1).max(2).optional(),
    flag: z.boolean(),
    date: z.iso.date().regex(/^\d/),
    code: z.enum(['a', 'b']),
    list: z.array(z.string()).min(1).max(2),
    decided: z.array(
      z.discriminatedUnion('kind', [
        inner.extend({ more: z.string() }),
        inner
          .omit({ at: true })
          .partial()
          .extend({ kind: z.literal('b') }),
      ]),
    ),
  });
  schema.safeParse({ text: ' x ', flag: true, date: '2026-01-01', code: 'a', list: ['x'], decided: [{ kind: 'a', more: 'x' }] });
  schema.safeParse({ text: '', count: 0.5, flag: 'no', date: 'no', code: 'c', list: [], decided: [{ kind: 'c' }], unknown: 1 });
  z.strictObject({}).safeParse(undefined);
}

buildEveryKind();
