import { isIP } from 'node:net';
import { z } from 'zod';
import { parsePayloadKeys } from '../codec/payload-keys.js';
import { parseCidr } from '../domain/outbound-address.js';

// Every setting of CONTRACT.md §1, parsed once into a frozen object. A missing or malformed one stops the process
// with one line that names it, because an operator reading a crash loop needs the name, not a stack trace. The line
// says what is wrong but never quotes the value: error lines end up in logs, and a value may hold a secret (a
// password in DATABASE_URL, a key, a token) that nobody marked as one.

const hostPort = z.string().regex(/^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/, 'must be host:port, e.g. 127.0.0.1:7233');

const postgresUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}, 'must be a postgres:// URL, e.g. postgres://postgres@127.0.0.1:5432/appeals');

const port = (fallback: number, min = 1) => z.coerce.number().int().min(min).max(65535).default(fallback);

const payloadKeys = z.string().transform((value, ctx) => {
  try {
    return parsePayloadKeys(value);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `${(err as Error).message}; expected id:base64key,... (32-byte keys) or none` });
    return z.NEVER;
  }
});

const origins = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .refine((list) => list.every((origin) => /^https?:\/\/[^/\s]+$/.test(origin)), 'must be origins like http://localhost:8233, comma-separated');

const timezone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone, e.g. Asia/Shanghai');

/** A comma-separated list; `entry` gives an item's normal form, or undefined when it is malformed. */
const commaList = (entry: (item: string) => string | undefined, expected: string) =>
  z
    .string()
    .transform((raw, ctx) => {
      const items = raw
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      const bad = items.findIndex((item) => entry(item) === undefined);
      if (bad < 0) return items.map((item) => entry(item)!);
      ctx.addIssue({ code: 'custom', message: `must be ${expected} (item ${bad + 1} is not one)` });
      return z.NEVER;
    })
    .default([]);

/** A bare host name or IP literal (IPv6 in brackets), as URL.hostname writes it. */
function hostName(item: string): string | undefined {
  try {
    const { hostname } = new URL(`http://${item}/`);
    return hostname === item.toLowerCase() ? hostname.replace(/\.$/, '') : undefined;
  } catch {
    return undefined;
  }
}

/** A network in CIDR form; /0 is refused, since it would switch the protection off rather than make an exception. */
function network(item: string): string | undefined {
  const cidr = parseCidr(item);
  return cidr && cidr.prefix > 0 ? `${cidr.address}/${cidr.prefix}` : undefined;
}

const providerUrl = z.string().regex(/^https?:\/\/[^/\s]+(\/\S*)?$/, 'must be an http(s) URL');

/** `kind:template,...` with `*` for any other kind, as a map; an empty map when unset. */
const kindTemplates = (example: string) =>
  commaList((item) => (/^(\*|[\w.-]+):\S+$/.test(item) ? item : undefined), `kind:template pairs, comma-separated, e.g. ${example}`).transform((items) =>
    Object.freeze(Object.fromEntries(items.map((item) => [item.slice(0, item.indexOf(':')), item.slice(item.indexOf(':') + 1)]))),
  );

export const settingsSchema = z.object({
  TEMPORAL_ADDRESS: hostPort,
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('appeals'),
  DATABASE_URL: postgresUrl,
  PORT: port(3000),
  // Postgres connections one API or worker process may hold; the sum over all processes must stay under the
  // server's max_connections (README, "Sizing the ledger's connections").
  DATABASE_POOL_MAX: z.coerce.number().int().min(1, 'must be at least 1').max(1_000).default(10),
  ADMIN_TOKEN: z.string().min(8, 'must be at least 8 characters').optional(),
  APPEALS_TIMEZONE: timezone.default('Asia/Shanghai'),
  // The worker's Prometheus endpoint. Several workers on one host cannot share a port: 0 lets each pick a free one
  // (it logs which); `off` runs none. Loopback unless WORKER_METRICS_HOST says otherwise, since the counters name
  // task queues and workflow types.
  WORKER_METRICS_PORT: z.union([z.literal('off'), port(9464, 0)], 'must be a port, 0 for a free one, or off'),
  // An address, not a name: the SDK's exporter binds a socket address and resolves nothing.
  WORKER_METRICS_HOST: z
    .string()
    .transform((host) => host.replace(/^\[(.*)\]$/, '$1'))
    .refine((host) => isIP(host) !== 0, 'must be an IP address to listen on, e.g. 0.0.0.0 or ::')
    .default('127.0.0.1'),
  // Appeals wait days between steps: a cached one costs memory all that time, an evicted one a replay of a short
  // history when it next wakes. 1,000 keeps a worker under 1 GiB at any number of open appeals (README).
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(2, 'must be at least 2').max(1_000_000).default(1_000),
  // Submissions one API process lets wait on Temporal at once (api/admission.ts). 64 is about six seconds of the
  // intake a two-core dev server sustains (README, benchmarks), well inside the 20 s answer bound; a cluster that
  // registers faster takes more.
  API_MAX_SUBMISSIONS_IN_FLIGHT: z.coerce.number().int().min(1, 'must be at least 1').max(100_000).default(64),
  // Writes (submissions, steps, meeting steps: every POST, PUT, PATCH, DELETE) one bearer token may make at once, and
  // regains each second (api/route-table.ts). A clerk or an integration stays far below; a leaked token or a script
  // in a loop is stopped before it fills the ledger and Temporal. The admin's tokens are exempt (README).
  API_TOKEN_WRITE_BURST: z.coerce.number().int().min(1, 'must be at least 1').max(1_000_000).default(300),
  API_TOKEN_WRITES_PER_SECOND: z.coerce.number().positive('must be more than 0').max(1_000_000).default(5),
  // Required rather than defaulted: a process that silently wrote plaintext beside others that encrypt would put
  // contacts into Temporal unnoticed. `none` is the explicit opt-out.
  TEMPORAL_PAYLOAD_KEYS: payloadKeys,
  CODEC_SERVER_PORT: port(8234),
  // The Temporal UI calls the codec server from the browser, so its origin must be allowed (CORS).
  CODEC_SERVER_CORS_ORIGINS: origins.default(['http://localhost:8233', 'http://127.0.0.1:8233']),
  // A browser UI without single sign-on cannot send a header, so it reaches the codec server at /ui/<key>: a
  // secret that opens that endpoint and nothing else.
  CODEC_SERVER_UI_KEY: z.string().min(24, 'must be at least 24 characters').optional(),
  // Webhooks go over https to public addresses only (README, Notifications); these are the operator's exceptions.
  WEBHOOK_HTTP_HOSTS: commaList(hostName, 'a comma-separated list of host names, e.g. 127.0.0.1,hooks.city.example'),
  WEBHOOK_PRIVATE_NETWORKS: commaList(network, 'a comma-separated list of networks, e.g. 127.0.0.1/32,10.20.0.0/16'),
  // The link each message carries to follow and rate an appeal (/a/<token>, issue 16) is signed with this secret, or,
  // unset, with one derived from TEMPORAL_PAYLOAD_KEYS, which every API and worker already shares.
  FOLLOW_LINK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  // Where enterprises reach the follow page: the links in messages start with it.
  PUBLIC_BASE_URL: z
    .string()
    .regex(/^https?:\/\/[^/\s]+(\/[^\s]*)?$/, 'must be an http(s) URL, e.g. https://appeals.city.example')
    .transform((url) => url.replace(/\/+$/, ''))
    .default('http://localhost:3000'),
  // Where messages to enterprises go (activities/channels): the ledger only, or also an SMS or a WeChat provider. The
  // provider's own settings below are checked when it is chosen (activities/channels/channel-from-settings.ts).
  ENTERPRISE_CHANNEL: z.enum(['ledger', 'aliyun_sms', 'wechat'], 'must be ledger, aliyun_sms or wechat').default('ledger'),
  // A provider URL is a setting so an operator can point it at a proxy or a stand-in (test/support/*-standin.ts).
  ALIYUN_SMS_ENDPOINT: providerUrl.default('https://dysmsapi.aliyuncs.com/'),
  ALIYUN_SMS_REGION: z.string().min(1).default('cn-hangzhou'),
  ALIYUN_ACCESS_KEY_ID: z.string().min(1).optional(),
  ALIYUN_ACCESS_KEY_SECRET: z.string().min(1).optional(),
  // The 签名 registered with Aliyun: it must match the approved one, or every message is refused.
  ALIYUN_SMS_SIGN_NAME: z.string().min(1).optional(),
  // Aliyun sends only templates it approved, so each message kind names its TemplateCode (`*`: any other kind).
  ALIYUN_SMS_TEMPLATES: kindTemplates('acknowledged:SMS_123,*:SMS_999'),
  WECHAT_API_BASE: providerUrl.transform((url) => url.replace(/\/+$/, '')).default('https://api.weixin.qq.com'),
  WECHAT_APP_ID: z.string().min(1).optional(),
  WECHAT_APP_SECRET: z.string().min(1).optional(),
  // Likewise for the Official Account's template ids.
  WECHAT_TEMPLATES: kindTemplates('acknowledged:TEMPLATE_ID,*:TEMPLATE_ID'),
  // Attachments' bytes go to S3-compatible storage when an endpoint and a bucket are set, else to Postgres; the
  // key pair is then required (config/attachment-store.ts).
  ATTACHMENTS_S3_ENDPOINT: providerUrl.optional(),
  ATTACHMENTS_S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name: 3–63 lower-case letters, digits, dots and hyphens')
    .optional(),
  ATTACHMENTS_S3_REGION: z.string().min(1).default('us-east-1'),
  ATTACHMENTS_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  ATTACHMENTS_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
});

/**
 * For stacks that tests, benchmarks, chaos and fuzz runs drive through a few tokens far faster than anyone writes by hand:
 * the per-token write limit lifted. The limit itself is tested on its own (test/integration/limits.test.ts).
 */
export const DRIVER_SETTINGS = { API_TOKEN_WRITE_BURST: '1000000', API_TOKEN_WRITES_PER_SECOND: '1000000' } as const;

export type Settings = Readonly<z.infer<typeof settingsSchema>>;
export type SettingName = keyof z.infer<typeof settingsSchema>;

export class SettingsError extends Error {
  constructor(
    readonly setting: string,
    detail: string,
  ) {
    super(`configuration: ${setting} ${detail}`);
  }
}

/** Parses the settings a process needs; throws SettingsError naming the first bad one. */
export function parseSettings<K extends SettingName>(env: NodeJS.ProcessEnv, needed: readonly K[]): Pick<Settings, K> {
  const settings: Record<string, unknown> = {};
  for (const name of needed) {
    const raw = env[name] === '' ? undefined : env[name];
    const parsed = settingsSchema.shape[name].safeParse(raw);
    if (!parsed.success) {
      throw new SettingsError(name, raw === undefined ? 'is required but not set' : parsed.error.issues[0]!.message);
    }
    settings[name] = parsed.data;
  }
  return Object.freeze(settings) as Pick<Settings, K>;
}

/** For a process's entry point: the settings, or one line on stderr and exit code 2. */
export function loadSettingsOrExit<K extends SettingName>(needed: readonly K[]): Pick<Settings, K> {
  try {
    return parseSettings(process.env, needed);
  } catch (err) {
    if (err instanceof SettingsError) exitForSetting(err);
    throw err;
  }
}

/** A setting that parses but does not suit this process: the same one line and exit code. */
export function exitForSetting(err: SettingsError): never {
  process.stderr.write(`${err.message}\n`);
  process.exit(2);
}
