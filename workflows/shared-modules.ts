import { z } from 'zod';

// Loaded once per worker before any workflow runs, and shared by all of them (worker/workflow-bundle.ts), so that
// zod is not evaluated again for each new or replayed workflow. The schemas stay each workflow's own: it builds
// those of the steps it checks (domain/*-bodies.ts).
//
// Once this is loaded the SDK freezes every object a shared module's exports reach, and zod keeps some answers on
// such objects, worked out at first use: its configuration (the locale and the memoizer, which it would set at the
// first schema built) and whether it may compile parsers (a cached value it reads at the first object parsed).
// Left to the first workflow, each of them throws and every Update fails. So they are worked out here: the
// configuration set, and a schema of the kinds the step schemas use built and parsed, valid and invalid. The
// members zod installs on a schema class when the first of its kind is built are on prototypes, which the SDK
// leaves alone; any workflow installs the same ones.

z.config({ ...z.locales.en(), memoizer: z.core.memoizer() });

function parseOnce() {
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
}

parseOnce();
