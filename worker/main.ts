import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { dataConverterFor } from '../codec/data-converter.js';
import { describePayloadKeys } from '../codec/payload-keys.js';
import { SettingsError, exitForSetting, loadSettingsOrExit } from '../config/settings.js';
import { temporalConnectionOrExit } from '../config/temporal-connection.js';
import { createLogger } from '../config/logger.js';
import { createDb } from '../db/pool.js';
import { ensureSearchAttributes } from '../gateway/search-attributes.js';
import { ensureAssessmentSchedule, ensureDigestSchedule, ensureReportSchedule } from '../gateway/worker-schedules.js';
import { outboundRules } from '../domain/outbound-url.js';
import { CHANNEL_SETTINGS, messageChannelFrom, type ChannelSettings } from '../activities/channels/channel-from-settings.js';
import { followLinkSecrets } from '../config/follow-link-secrets.js';
import { createWorker } from './create-worker.js';
import { installRuntime } from './runtime.js';
import { prebuiltWorkflowBundle } from './workflow-bundle.js';

// `npm run worker`: one worker on the appeals task queue; run more of them to scale. SIGTERM drains it.

const settings = loadSettingsOrExit([
  'TEMPORAL_ADDRESS',
  'TEMPORAL_NAMESPACE',
  'TEMPORAL_TASK_QUEUE',
  'DATABASE_URL',
  'DATABASE_POOL_MAX',
  'APPEALS_TIMEZONE',
  'WORKER_METRICS_PORT',
  'WORKER_METRICS_HOST',
  'WORKER_MAX_CACHED_WORKFLOWS',
  'TEMPORAL_PAYLOAD_KEYS',
  'WEBHOOK_HTTP_HOSTS',
  'WEBHOOK_PRIVATE_NETWORKS',
  'FOLLOW_LINK_SECRET',
  'PUBLIC_BASE_URL',
  ...CHANNEL_SETTINGS,
]);
const log = createLogger('worker');
// One channel per process, so a WeChat access token is fetched once for every delivery the worker runs.
const messageChannel = channelOrExit(settings);
log.info({ channel: messageChannel.name }, 'messages to enterprises and submitters go to this channel');
const followSecrets = followLinkSecrets(settings.FOLLOW_LINK_SECRET, settings.TEMPORAL_PAYLOAD_KEYS);
if (followSecrets.length === 0) log.warn('messages carry no follow link: set FOLLOW_LINK_SECRET (payloads are in plaintext, so no key to derive one from)');
const dataConverter = dataConverterFor(settings.TEMPORAL_PAYLOAD_KEYS);
log.info(describePayloadKeys(settings.TEMPORAL_PAYLOAD_KEYS));

const metrics = await installRuntime(log, settings.WORKER_METRICS_HOST, settings.WORKER_METRICS_PORT).catch((err: unknown) => {
  if (err instanceof SettingsError) exitForSetting(err);
  throw err;
});
log.info({ metrics: metrics && `http://${metrics}/metrics` }, metrics ? 'metrics listening' : 'metrics off');

const reach = temporalConnectionOrExit(settings.TEMPORAL_ADDRESS);
const db = createDb(settings.DATABASE_URL, {
  max: settings.DATABASE_POOL_MAX,
  onIdleError: (err) => log.warn({ err }, 'an idle Postgres connection broke; the next query opens a new one'),
});
try {
  const clientConnection = await Connection.connect(reach);
  const added = await ensureSearchAttributes(clientConnection, settings.TEMPORAL_NAMESPACE);
  log.info({ added }, added.length ? 'registered search attributes' : 'search attributes present');
  const client = new Client({ connection: clientConnection, namespace: settings.TEMPORAL_NAMESPACE, dataConverter });
  const schedules = { taskQueue: settings.TEMPORAL_TASK_QUEUE, timezone: settings.APPEALS_TIMEZONE, log };
  await ensureReportSchedule(client, schedules);
  await ensureDigestSchedule(client, schedules);
  await ensureAssessmentSchedule(client, schedules);

  const workflowBundle = prebuiltWorkflowBundle();
  log.info({ workflowBundle: workflowBundle?.codePath ?? null }, workflowBundle ? 'workflows from the pre-built bundle' : 'bundling the workflows at start');
  const connection = await NativeConnection.connect(reach);
  const worker = await createWorker({
    connection,
    client,
    namespace: settings.TEMPORAL_NAMESPACE,
    taskQueue: settings.TEMPORAL_TASK_QUEUE,
    dataConverter,
    db,
    timezone: settings.APPEALS_TIMEZONE,
    maxCachedWorkflows: settings.WORKER_MAX_CACHED_WORKFLOWS,
    ...(workflowBundle ? { workflowBundle } : {}),
    outbound: outboundRules({ httpHosts: settings.WEBHOOK_HTTP_HOSTS, privateNetworks: settings.WEBHOOK_PRIVATE_NETWORKS }),
    follow: { baseUrl: settings.PUBLIC_BASE_URL, secrets: followSecrets },
    messageChannel,
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log.info({ signal }, 'draining');
      worker.shutdown();
    });
  }
  log.info({ taskQueue: settings.TEMPORAL_TASK_QUEUE }, 'worker running');
  await worker.run();
  await Promise.all([connection.close(), clientConnection.close()]);
  log.info('worker stopped');
} catch (err) {
  log.error({ err }, 'worker failed');
  process.exitCode = 1;
} finally {
  await db.destroy();
}

function channelOrExit(s: ChannelSettings) {
  try {
    return messageChannelFrom(s);
  } catch (err) {
    if (err instanceof SettingsError) exitForSetting(err);
    throw err;
  }
}
