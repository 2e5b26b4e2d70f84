import { exitForSetting, loadSettingsOrExit, SettingsError } from '../config/settings.js';
import { createLogger } from '../config/logger.js';
import { EncryptionCodec } from './encryption-codec.js';
import { PLAINTEXT } from './payload-keys.js';
import { createCodecServer } from './remote-codec.js';

// `npm run codec-server`: decodes Temporal payloads for the Web UI and the CLI (README, "Payload encryption").

const settings = loadSettingsOrExit([
  'TEMPORAL_NAMESPACE',
  'ADMIN_TOKEN',
  'TEMPORAL_PAYLOAD_KEYS',
  'CODEC_SERVER_PORT',
  'CODEC_SERVER_CORS_ORIGINS',
  'CODEC_SERVER_UI_KEY',
]);
// Optional for the API (it has its own tokens), but without it nobody could use this server.
const adminToken = settings.ADMIN_TOKEN ?? exitForSetting(new SettingsError('ADMIN_TOKEN', 'is required but not set'));
const keys =
  settings.TEMPORAL_PAYLOAD_KEYS === PLAINTEXT
    ? exitForSetting(new SettingsError('TEMPORAL_PAYLOAD_KEYS', 'is none: there is nothing to decode'))
    : settings.TEMPORAL_PAYLOAD_KEYS;
const log = createLogger('codec-server');

const app = createCodecServer({
  codec: new EncryptionCodec(keys),
  namespace: settings.TEMPORAL_NAMESPACE,
  adminToken,
  uiKey: settings.CODEC_SERVER_UI_KEY,
  corsOrigins: settings.CODEC_SERVER_CORS_ORIGINS,
  onUnexpected: (err) => log.error({ err }, 'codec request failed'),
});
const server = app.listen(settings.CODEC_SERVER_PORT, '0.0.0.0', () =>
  log.info({ port: settings.CODEC_SERVER_PORT, keyIds: [...keys.keys.keys()], uiKey: settings.CODEC_SERVER_UI_KEY !== undefined }, 'codec server listening'),
);
server.on('error', (err) => {
  log.error({ err }, 'codec server could not listen');
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => log.info('codec server stopped'));
    server.closeAllConnections();
  });
}
