import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering rule of eslint.config.js, as `npm run lint` applies it: the inner layers never import from the
// processes above them; the processes import the gateway freely.

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layering lint rule', () => {
  it('refuses an upward import from each inner layer, type imports included', async () => {
    const cases = [
      ['activities/dispatch.ts', "import { HttpProblem } from '../api/problem.js';\nexport const p = HttpProblem;\n"],
      ['activities/channels/message-channel.ts', "import type { Caller } from '../../api/auth.js';\nexport type C = Caller;\n"],
      ['db/migrate-main.ts', "import { installRuntime } from '../worker/runtime.js';\nexport const i = installRuntime;\n"],
      ['domain/rules.ts', "import { freePort } from '../scripts/ports.js';\nexport const f = freePort;\n"],
      ['gateway/appeals.ts', "import type { AppDeps } from '../api/app.js';\nexport type D = AppDeps;\n"],
      ['workflows/appeal.ts', "import type { Caller } from '../api/auth.js';\nexport type C = Caller;\n"],
    ] as const;
    for (const [file, code] of cases) {
      expect(await restricted(file, code), file).toEqual([expect.stringContaining('api/, worker/ and scripts/ build on this layer')]);
    }
  });

  it('lets the processes use the gateway, and the inner layers each other', async () => {
    expect(await restricted('api/app.ts', "import { createAppealGateway } from '../gateway/appeals.js';\nexport const g = createAppealGateway;\n")).toEqual([]);
    expect(
      await restricted('activities/meetings.ts', "import { createAppealGateway } from '../gateway/appeals.js';\nexport const g = createAppealGateway;\n"),
    ).toEqual([]);
    expect(
      await restricted(
        'db/migrate-main.ts',
        "import { ensureSearchAttributes } from '../gateway/search-attributes.js';\nexport const e = ensureSearchAttributes;\n",
      ),
    ).toEqual([]);
  });
});
