// `npm start`: the whole product in one terminal (CONTRACT.md §1). Ctrl-C, SIGTERM or SIGHUP stop it in order and
// exit 0; a process that dies on its own stops the rest and exits 1.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseSettings, SettingsError } from '../config/settings.js';
import { startStack, type RunningStack, type StackOptions } from './stack.js';

const defaultDataDir = fileURLToPath(new URL('../.data', import.meta.url));

const notAPort = 'must be a port number, 1-65535';
const port = (fallback: number) =>
  z.coerce
    .number({ error: notAPort })
    .refine((n) => Number.isInteger(n) && n >= 1 && n <= 65535, notAPort)
    .default(fallback);

// Settings only `npm start` reads; the processes it runs read theirs through config/settings.ts.
const startOnlySchema = z.object({
  APPEALS_DATA_DIR: z.string().default(defaultDataDir),
  TEMPORAL_PORT: port(7233),
  TEMPORAL_UI_PORT: port(8233),
  EMBEDDED_PG_PORT: port(5433),
});

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

function startOnlySettings(env: NodeJS.ProcessEnv): z.infer<typeof startOnlySchema> {
  const names = Object.keys(startOnlySchema.shape);
  const parsed = startOnlySchema.safeParse(Object.fromEntries(names.map((name) => [name, env[name] || undefined])));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0]);
  throw new SettingsError(name, issue.message);
}

function stackOptions(env: NodeJS.ProcessEnv): Omit<StackOptions, 'signal'> {
  const own = startOnlySettings(env);
  const { PORT, TEMPORAL_NAMESPACE, ADMIN_TOKEN, CODEC_SERVER_PORT } = parseSettings(env, ['PORT', 'TEMPORAL_NAMESPACE', 'ADMIN_TOKEN', 'CODEC_SERVER_PORT']);
  if (env.TEMPORAL_PAYLOAD_KEYS) parseSettings(env, ['TEMPORAL_PAYLOAD_KEYS']);
  // Given addresses are checked before anything starts, rather than by the first process that uses them.
  const temporalAddress = env.TEMPORAL_ADDRESS ? parseSettings(env, ['TEMPORAL_ADDRESS']).TEMPORAL_ADDRESS : undefined;
  const databaseUrl = env.DATABASE_URL ? parseSettings(env, ['DATABASE_URL']).DATABASE_URL : undefined;
  return {
    dataDir: own.APPEALS_DATA_DIR,
    apiPort: PORT,
    codecServerPort: CODEC_SERVER_PORT,
    namespace: TEMPORAL_NAMESPACE,
    temporalAddress,
    temporalPort: own.TEMPORAL_PORT,
    temporalUiPort: own.TEMPORAL_UI_PORT,
    databaseUrl,
    postgresPort: own.EMBEDDED_PG_PORT,
    adminToken: ADMIN_TOKEN,
    env,
    log,
  };
}

/** The banner's word on webhooks: which exceptions are on, or how to allow a receiver on this machine. */
function webhookLine(env: NodeJS.ProcessEnv): string {
  const { WEBHOOK_HTTP_HOSTS: http, WEBHOOK_PRIVATE_NETWORKS: networks } = parseSettings(env, ['WEBHOOK_HTTP_HOSTS', 'WEBHOOK_PRIVATE_NETWORKS']);
  if (http.length === 0 && networks.length === 0) {
    return 'https to public hosts only (a receiver on this machine: WEBHOOK_HTTP_HOSTS=127.0.0.1 WEBHOOK_PRIVATE_NETWORKS=127.0.0.1/32 npm start)';
  }
  return `https to public hosts; http also to ${http.join(', ') || 'none'}; also reaching ${networks.join(', ') || 'no private network'}`;
}

function printBanner(stack: RunningStack, webhooks: string): void {
  const temporal = stack.temporalUiUrl ? `Temporal UI:  ${stack.temporalUiUrl}` : `Temporal:     external Temporal at ${stack.temporalAddress}`;
  log(
    [
      '',
      '[start] ready',
      `  API:          ${stack.apiUrl}  (routes: ${stack.apiUrl}/openapi.json)`,
      `  ${temporal}`,
      `  Admin token:  ${stack.adminToken}  (Authorization: Bearer ${stack.adminToken})`,
      stack.codecServerUrl
        ? `  Codec server: ${stack.codecServerUrl}  (the UI decodes payloads through it; the CLI needs the admin token)`
        : '  Payloads:     not encrypted (TEMPORAL_PAYLOAD_KEYS=none)',
      `  Data folder:  ${stack.dataDir}`,
      `  Webhooks:     ${webhooks}`,
      '  Stop with Ctrl-C.',
      '',
    ].join('\n'),
  );
}

async function main(): Promise<number> {
  let options: Omit<StackOptions, 'signal'>;
  let webhooks: string;
  try {
    options = stackOptions(process.env);
    webhooks = webhookLine(process.env);
  } catch (err) {
    if (!(err instanceof SettingsError)) throw err;
    process.stderr.write(`${err.message}\n`);
    return 2;
  }
  const stopRequest = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    // Repeats are expected: npm and tsx each pass the signal on to us as well.
    process.on(signal, () => {
      if (!stopRequest.signal.aborted) log(`[start] ${signal}: stopping`);
      stopRequest.abort();
    });
  }
  let stack: RunningStack;
  try {
    stack = await startStack({ ...options, signal: stopRequest.signal });
  } catch (err) {
    if (stopRequest.signal.aborted) {
      log('[start] stopped');
      return 0;
    }
    log(`[start] could not start: ${(err as Error).message}`);
    return 1;
  }
  printBanner(stack, webhooks);
  const { failure } = await stack.ended;
  log(failure ? `[start] stopped because ${failure}` : '[start] stopped');
  return failure ? 1 : 0;
}

process.exit(await main());
