import { Client, Connection } from '@temporalio/client';
import { temporalConnectionOrExit } from '../config/temporal-connection.js';
import { dataConverterFor } from '../codec/data-converter.js';
import { describePayloadKeys } from '../codec/payload-keys.js';
import { SettingsError, exitForSetting, loadSettingsOrExit } from '../config/settings.js';
import { ATTACHMENT_SETTINGS, attachmentStoreFrom } from '../config/attachment-store.js';
import { createLogger } from '../config/logger.js';
import { followLinkSecrets } from '../config/follow-link-secrets.js';
import { createDb } from '../db/pool.js';
import { outboundRules } from '../domain/outbound-url.js';
import { createApp } from './app.js';
import { closerOf } from './close-server.js';
import { tokenWriteLimit } from './rate-limit.js';

// `npm run api`: the HTTP API. It reads the ledger and sends steps to Temporal; SIGTERM closes it cleanly.

const settings = loadSettingsOrExit([
  'TEMPORAL_ADDRESS',
  'TEMPORAL_NAMESPACE',
  'TEMPORAL_TASK_QUEUE',
  'DATABASE_URL',
  'DATABASE_POOL_MAX',
  'PORT',
  'ADMIN_TOKEN',
  'APPEALS_TIMEZONE',
  'API_MAX_SUBMISSIONS_IN_FLIGHT',
  'API_TOKEN_WRITE_BURST',
  'API_TOKEN_WRITES_PER_SECOND',
  'TEMPORAL_PAYLOAD_KEYS',
  'WEBHOOK_HTTP_HOSTS',
  'WEBHOOK_PRIVATE_NETWORKS',
  'FOLLOW_LINK_SECRET',
  ...ATTACHMENT_SETTINGS,
]);
const log = createLogger('api');
log.info(describePayloadKeys(settings.TEMPORAL_PAYLOAD_KEYS));
const db = createDb(settings.DATABASE_URL, {
  max: settings.DATABASE_POOL_MAX,
  onIdleError: (err) => log.warn({ err }, 'an idle Postgres connection broke; the next query opens a new one'),
});
// Lazy: the API starts (and /readyz reports) even while Temporal is still coming up.
const connection = Connection.lazy(temporalConnectionOrExit(settings.TEMPORAL_ADDRESS));
const client = new Client({
  connection,
  namespace: settings.TEMPORAL_NAMESPACE,
  dataConverter: dataConverterFor(settings.TEMPORAL_PAYLOAD_KEYS),
});
function attachmentStoreOrExit() {
  try {
    return attachmentStoreFrom(settings, db);
  } catch (err) {
    if (err instanceof SettingsError) exitForSetting(err);
    throw err;
  }
}
const { app } = createApp({
  db,
  client,
  connection,
  taskQueue: settings.TEMPORAL_TASK_QUEUE,
  timezone: settings.APPEALS_TIMEZONE,
  adminToken: settings.ADMIN_TOKEN,
  outbound: outboundRules({ httpHosts: settings.WEBHOOK_HTTP_HOSTS, privateNetworks: settings.WEBHOOK_PRIVATE_NETWORKS }),
  log,
  maxSubmissionsInFlight: settings.API_MAX_SUBMISSIONS_IN_FLIGHT,
  tokenWriteLimit: tokenWriteLimit(settings),
  followLinkSecrets: followLinkSecrets(settings.FOLLOW_LINK_SECRET, settings.TEMPORAL_PAYLOAD_KEYS),
  attachments: attachmentStoreOrExit(),
});

// Longer than the 20 s within which a submission answers (gateway/appeals.ts), so an intake in flight still gets
// its 201 or 202; compose gives the API 30 s before it kills it.
const SHUTDOWN_GRACE_MS = 25_000;

const server = app.listen(settings.PORT, '0.0.0.0', () => log.info({ port: settings.PORT }, 'api listening'));
const closeServer = closerOf(server);
server.on('error', (err) => {
  log.error({ err }, 'api could not listen');
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log.info({ signal, graceMs: SHUTDOWN_GRACE_MS }, 'closing: answering the requests in flight');
    void closeServer(SHUTDOWN_GRACE_MS).then(async (outcome) => {
      if (outcome === 'cut') log.warn({ graceMs: SHUTDOWN_GRACE_MS }, 'requests still running after the grace period were cut');
      await Promise.allSettled([db.destroy(), connection.close()]);
      log.info('api stopped');
    });
  });
}
