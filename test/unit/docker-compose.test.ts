import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseSettings, settingsSchema, type SettingName } from '../../config/settings.js';
import { ONE_PARTITION } from '../../scripts/stack.js';

// docker-compose.yml checked offline: against the Compose Specification's own JSON schema (vendored in
// test/fixtures/compose-spec.json from github.com/compose-spec/compose-spec, schema/compose-spec.json,
// Apache-2.0), and against config/settings.ts, so that the containers' environment names only real settings
// and every value it gives (with the compose defaults filled in) passes the same parsing the processes do.

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

// `<<` merge keys are how the file shares settings between services; Docker Compose resolves them, so must we.
const compose = parse(readFileSync(root('docker-compose.yml'), 'utf8'), { merge: true }) as ComposeFile;
const composeSpec = JSON.parse(readFileSync(root('test/fixtures/compose-spec.json'), 'utf8')) as Record<string, unknown>;

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: Record<string, { condition: string }> | string[];
  healthcheck?: { test?: string[] | string };
  ports?: (string | number | Record<string, unknown>)[];
  volumes?: (string | Record<string, unknown>)[];
  deploy?: { replicas?: number | string };
  stop_grace_period?: string;
}
interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

const PROJECT_SERVICES = ['migrate', 'worker', 'api'] as const;
// The codec server reads neither Temporal nor the ledger, so the checks of their addresses skip it.
const ALL_PROJECT_SERVICES = [...PROJECT_SERVICES, 'codec-server'] as const;
const ALL_SERVICES = ['temporal-db', 'temporal', 'temporal-ui', 'ledger-db', ...ALL_PROJECT_SERVICES] as const;
// Stand-ins for the values `docker compose` insists on (`${X:?…}`).
const REQUIRED = {
  ADMIN_TOKEN: 'an-admin-token-for-tests',
  TEMPORAL_PAYLOAD_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
  LEDGER_DB_PASSWORD: 'a-ledger-password',
  TEMPORAL_DB_PASSWORD: 'a-temporal-password',
};
const SETTING_NAMES = Object.keys(settingsSchema.shape);

// ajv-formats is CommonJS; under NodeNext its default import is the module object or the function itself.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

function composeValidator() {
  // The spec declares `"$schema": "https://json-schema.org/draft-07/schema"`; Ajv's default class is draft-07 but
  // knows that meta-schema only as http://json-schema.org/draft-07/schema#, so the dialect is checked here and the
  // declaration dropped before compiling.
  const { $schema, ...schema } = composeSpec;
  expect(String($schema)).toMatch(/json-schema\.org\/draft-07\/schema/);
  // strictTypes is a lint of how a schema is written (the spec leaves `type` implied in places), not of what it means.
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true, strictTypes: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

function environmentOf(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const eq = entry.indexOf('=');
        return eq < 0 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

/** Compose interpolation as `docker compose` does it with nothing set: `${X:-default}` gives the default, and a
 *  required `${X:?message}` the stand-in value the caller passes. */
function interpolate(value: string, required: Record<string, string>): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g, (_whole, name: string, op?: string, arg?: string) => {
    if (op?.endsWith('-')) return arg ?? '';
    const given = required[name];
    if (given === undefined) throw new Error(`\${${name}} has no default and no stand-in value`);
    return given;
  });
}

describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification schema', () => {
    const validate = composeValidator();
    const ok = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema check is not vacuous: it rejects a misspelt service key and a bad depends_on condition', () => {
    const validate = composeValidator();
    const broken = structuredClone(compose);
    (broken.services.api as Record<string, unknown>).enviroment = { PORT: '3000' };
    expect(validate(broken)).toBe(false);

    const badCondition = structuredClone(compose);
    badCondition.services.worker!.depends_on = { migrate: { condition: 'service_finished' } };
    expect(validate(badCondition)).toBe(false);
  });

  it('has the services of the production-shaped stack', () => {
    expect(Object.keys(compose.services).sort()).toEqual([...ALL_SERVICES].sort());
    expect(compose.services.temporal!.image).toMatch(/^temporalio\/auto-setup:/);
    expect(environmentOf(compose.services.temporal!)).toMatchObject({ DB: 'postgres12', POSTGRES_SEEDS: 'temporal-db' });
    expect(compose.services['temporal-ui']!.image).toMatch(/^temporalio\/ui:/);
    expect(environmentOf(compose.services['temporal-ui']!).TEMPORAL_ADDRESS).toBe('temporal:7233');
    for (const db of ['temporal-db', 'ledger-db']) {
      expect(compose.services[db]!.image).toMatch(/^postgres:16/);
      expect(JSON.stringify(compose.services[db]!.healthcheck?.test)).toContain('pg_isready');
    }
  });

  it('runs the project processes compiled, from the project image, with node', () => {
    const entryPoints = { migrate: 'db/migrate-main', worker: 'worker/main', api: 'api/main', 'codec-server': 'codec/main' };
    for (const name of ALL_PROJECT_SERVICES) {
      const service = compose.services[name]!;
      expect(service.build, name).toBeDefined();
      expect(service.command, name).toEqual(['node', `dist/${entryPoints[name]}.js`]);
      // The same file the Dockerfile's build stage compiles it from.
      expect(existsSync(root(`${entryPoints[name]}.ts`)), name).toBe(true);
    }
    // Docker's default 10 s would cut an API answering its requests in flight (25 s) and a worker draining.
    for (const name of ['worker', 'api', 'codec-server'] as const) expect(compose.services[name]!.stop_grace_period, name).toMatch(/^\d+s$/);
    expect(compose.services.api!.stop_grace_period).toBe('30s');
    expect(compose.services.migrate!.depends_on).toMatchObject({
      'ledger-db': { condition: 'service_healthy' },
      temporal: { condition: 'service_healthy' },
    });
    for (const name of ['worker', 'api'] as const) {
      expect(compose.services[name]!.depends_on, name).toMatchObject({
        migrate: { condition: 'service_completed_successfully' },
      });
    }
    expect(compose.services.worker!.deploy?.replicas).toBeDefined();
    expect(compose.services.api!.ports).toContain('3000:3000');
    expect(JSON.stringify(compose.services.api!.healthcheck?.test)).toContain('/readyz');
  });

  it('publishes Temporal, its UI and the codec server on loopback only', () => {
    // The frontend takes any step as anyone and the UI shows every workflow: neither may face the network.
    for (const name of ['temporal', 'temporal-ui', 'codec-server'] as const) {
      const ports = compose.services[name]!.ports ?? [];
      expect(ports.length, name).toBeGreaterThan(0);
      for (const port of ports) expect(String(port), name).toMatch(/^127\.0\.0\.1:/);
    }
  });

  it('gives no database password a default', () => {
    const passwords = ['ledger-db', 'temporal-db', 'temporal'].flatMap((name) =>
      Object.entries(environmentOf(compose.services[name]!)).filter(([key]) => /PASSWORD|PWD/.test(key)),
    );
    passwords.push(['DATABASE_URL', environmentOf(compose.services.api!).DATABASE_URL!]);
    expect(passwords.length).toBe(4);
    for (const [key, value] of passwords) expect(value, key).toMatch(/\$\{[A-Z_]+_DB_PASSWORD:\?/);
  });

  it('runs Temporal with one partition per task queue, as npm start runs its dev server', () => {
    const temporal = compose.services.temporal!;
    const [file, mounted] = String(temporal.volumes?.find((v) => String(v).includes('dynamicconfig'))).split(':');
    expect(mounted).toBe(`/etc/temporal/${(temporal.environment as Record<string, string>).DYNAMIC_CONFIG_FILE_PATH}`);
    expect(existsSync(root(file!))).toBe(true);
    const settings = parse(readFileSync(root(file!), 'utf8')) as Record<string, { value: unknown }[]>;
    expect(Object.entries(settings).map(([key, [first]]) => `${key}=${first!.value}`)).toEqual(expect.arrayContaining(ONE_PARTITION));
    // It replaces the image's file, whose search-attribute setting the API's indexed starts rely on.
    expect(settings['system.forceSearchAttributesCacheRefreshOnRead']?.[0]?.value).toBe(true);
  });

  it('keeps both databases on named volumes', () => {
    for (const [db, volume] of [
      ['temporal-db', 'temporal-db'],
      ['ledger-db', 'ledger-db'],
    ] as const) {
      expect(compose.services[db]!.volumes).toContain(`${volume}:/var/lib/postgresql/data`);
      expect(compose.volumes ?? {}).toHaveProperty([volume]);
    }
  });

  it('gives the project services only settings that config/settings.ts defines', () => {
    for (const name of ALL_PROJECT_SERVICES) {
      const keys = Object.keys(environmentOf(compose.services[name]!));
      expect(keys.length, name).toBeGreaterThan(0);
      for (const key of keys) expect(SETTING_NAMES, `${name}: ${key}`).toContain(key);
    }
    for (const name of PROJECT_SERVICES) {
      expect(environmentOf(compose.services[name]!), name).toHaveProperty('TEMPORAL_ADDRESS');
      expect(environmentOf(compose.services[name]!), name).toHaveProperty('DATABASE_URL');
    }
    expect(environmentOf(compose.services.worker!)).toHaveProperty('WORKER_METRICS_PORT');
    expect(environmentOf(compose.services.api!)).toHaveProperty('PORT');
    expect(environmentOf(compose.services.api!).ADMIN_TOKEN).toBe('${ADMIN_TOKEN:?set ADMIN_TOKEN}');
    // One required value for every process that reads or writes payloads, never a default key.
    const keys = new Set(['worker', 'api', 'codec-server'].map((name) => environmentOf(compose.services[name]!).TEMPORAL_PAYLOAD_KEYS));
    expect([...keys]).toEqual([expect.stringMatching(/^\$\{TEMPORAL_PAYLOAD_KEYS:\?/)]);
  });

  it('gives values that the settings parser accepts, with the compose defaults filled in', () => {
    const settingsOf = (name: string) => {
      const env = Object.fromEntries(Object.entries(environmentOf(compose.services[name]!)).map(([k, v]) => [k, interpolate(v, REQUIRED)]));
      return parseSettings(env, Object.keys(env) as SettingName[]) as Record<string, unknown>;
    };
    expect(settingsOf('codec-server').CODEC_SERVER_CORS_ORIGINS).toEqual(['http://localhost:8080', 'http://127.0.0.1:8080']);
    for (const name of PROJECT_SERVICES) {
      const settings = settingsOf(name);
      expect(settings.TEMPORAL_ADDRESS, name).toBe('temporal:7233');
      expect(String(settings.DATABASE_URL), name).toMatch(/^postgres:\/\/[^@]+@ledger-db:5432\/appeals$/);
    }
  });
});
