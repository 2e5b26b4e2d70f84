// `npm run fuzz [-- --quick] [schemathesis options]`: the whole product in a temporary data folder, fuzzed through
// its own OpenAPI document by Schemathesis with every check: no 5xx, and every answer (status, content type,
// body) as the document says. `--quick` is the ~2-minute run of .ci/run. Exits 1 on any failure.
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Role } from '../../api/auth.js';
import { DRIVER_SETTINGS } from '../../config/settings.js';
import { startStackOnFreePorts, type RunningStack } from '../stack.js';
import { schemathesisConfig } from './config.js';
import { run, schemathesis } from './schemathesis.js';
import { seed, type Seeded } from './seed.js';

const reportDir = fileURLToPath(new URL('../../.data/fuzz', import.meta.url));

interface Pass {
  name: string;
  token: (stack: RunningStack, seeded: Seeded) => string;
  /** Only the operations this role may call, rather than spending the pass on 403s. */
  role?: Role;
}

// The admin may call nearly every route; the department's own steps and its ownership checks need its token.
const PASSES: Pass[] = [
  { name: 'admin', token: (stack) => stack.adminToken },
  { name: 'department', token: (_, seeded) => seeded.tokens.department, role: 'department' },
];

/** Seconds of fuzzing per pass: quick fits .ci/run's two minutes with the start-up; the full run digs longer. */
const BUDGET = { quick: 40, full: 300 };

interface Report {
  operations: { tested: number } | null;
  test_cases: { generated: number };
  failures: { title: string; count: number; operations: string[] }[];
  errors: { title: string; count: number }[];
}

/** `--include-name` for each operation the document admits the role to ("Roles: office, admin." says who). */
async function operationsOf(apiUrl: string, role: Role): Promise<string[]> {
  const doc = (await (await fetch(`${apiUrl}/openapi.json`)).json()) as { paths: Record<string, Record<string, { description?: string }>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops)
      .filter(([, op]) =>
        /^Roles: (.*)\.$/
          .exec(op.description ?? '')?.[1]
          ?.split(', ')
          .includes(role),
      )
      .flatMap(([method]) => ['--include-name', `${method.toUpperCase()} ${path}`]),
  );
}

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const passThrough = args.filter((a) => a !== '--quick');
  const st = await schemathesis(log);

  await mkdir(reportDir, { recursive: true });
  const stackLog = createWriteStream(join(reportDir, 'stack.log'));
  const dataDir = await mkdtemp(join(tmpdir(), 'appeals-fuzz-'));
  const stopRequest = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stopRequest.abort());
  let stack: RunningStack | undefined;
  let unexpectedErrors = 0;
  try {
    log(`[fuzz] starting the product in ${dataDir} (its output goes to ${join(reportDir, 'stack.log')})`);
    stack = await startStackOnFreePorts({
      dataDir,
      temporalAddress: process.env.TEMPORAL_ADDRESS || undefined,
      databaseUrl: process.env.DATABASE_URL || undefined,
      env: { ...process.env, ...DRIVER_SETTINGS, WORKER_METRICS_PORT: 'off', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
      log: (line) => {
        stackLog.write(`${line}\n`);
        if (line.includes('"unexpected error"')) unexpectedErrors++;
        if (line.startsWith('[start]')) log(line);
      },
      signal: stopRequest.signal,
    });
    log('[fuzz] seeding a department, tokens, appeals, a meeting and a series');
    const seeded = await seed(stack.apiUrl, stack.adminToken);
    const config = join(reportDir, 'schemathesis.toml');
    await writeFile(config, schemathesisConfig(seeded));

    const reports: Report[] = [];
    for (const pass of PASSES) {
      if (stopRequest.signal.aborted) break;
      const json = join(reportDir, `${pass.name}.json`);
      await rm(json, { force: true });
      log(`[fuzz] pass "${pass.name}": ${quick ? BUDGET.quick : BUDGET.full} s of Schemathesis against ${stack.apiUrl}/openapi.json`);
      // Its own exit code says only "something failed"; the JSON report says what, and is read below.
      await run(st, [
        '--config-file',
        config,
        'run',
        `${stack.apiUrl}/openapi.json`,
        '--checks',
        'all',
        // CONTRACT.md §3 answers a method a path does not serve as an unknown route, 404, where this check wants 405.
        '--exclude-checks',
        'unsupported_method',
        '--header',
        `Authorization: Bearer ${pass.token(stack, seeded)}`,
        '--max-time',
        String(quick ? BUDGET.quick : BUDGET.full),
        // One: with two, Hypothesis's threads trip Python 3.11's parser ("AST constructor recursion depth mismatch").
        '--workers',
        '1',
        '--no-color',
        '--report',
        'json,junit',
        '--report-json-path',
        json,
        '--report-junit-path',
        join(reportDir, `${pass.name}.junit.xml`),
        ...(pass.role ? await operationsOf(stack.apiUrl, pass.role) : []),
        ...passThrough,
      ]);
      const report = await readFile(json, 'utf8').then(
        (text) => JSON.parse(text) as Report,
        () => undefined,
      );
      if (!report) throw new Error(`Schemathesis wrote no report for the ${pass.name} pass (see its output above)`);
      reports.push(report);
    }
    return printTotals(reports, unexpectedErrors);
  } catch (err) {
    log(`[fuzz] ${stopRequest.signal.aborted ? 'interrupted' : `failed: ${(err as Error).message}`}`);
    return 1;
  } finally {
    await stack?.stop();
    stackLog.end();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function printTotals(reports: Report[], unexpectedErrors: number): number {
  const operations = Math.max(0, ...reports.map((r) => r.operations?.tested ?? 0));
  const cases = reports.reduce((sum, r) => sum + r.test_cases.generated, 0);
  const failures = new Map<string, { count: number; operations: Set<string> }>();
  for (const f of reports.flatMap((r) => [...r.failures, ...r.errors.map((e) => ({ ...e, operations: [] as string[] }))])) {
    const entry = failures.get(f.title) ?? { count: 0, operations: new Set<string>() };
    entry.count += f.count;
    f.operations.forEach((op) => entry.operations.add(op));
    failures.set(f.title, entry);
  }
  const failed = [...failures.values()].reduce((sum, f) => sum + f.count, 0);
  log(`[fuzz] totals: ${operations} operations tested, ${cases} test cases generated over ${reports.length} passes, ${failed} failures`);
  for (const [title, f] of failures) log(`[fuzz]   ${f.count} × ${title}${f.operations.size ? `: ${[...f.operations].join(', ')}` : ''}`);
  if (unexpectedErrors > 0) log(`[fuzz] the API logged ${unexpectedErrors} unexpected errors: see ${join(reportDir, 'stack.log')}`);
  log(`[fuzz] reports (JSON, JUnit) and the product's output in ${reportDir}`);
  return failed > 0 || reports.length < PASSES.length ? 1 : 0;
}

process.exit(await main());
