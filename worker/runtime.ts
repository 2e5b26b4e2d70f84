import { Runtime } from '@temporalio/worker';
import type { Logger } from '../config/logger.js';
import { SettingsError } from '../config/settings.js';
import { freePort } from '../scripts/ports.js';
import { sdkLogger } from './sdk-logger.js';

// The SDK runtime, installed once per process before any connection: its logs go through the process's pino
// logger, and its Prometheus endpoint is the runtime's own exporter. README says to run as many workers as you
// like, so a metrics port another process holds must not end in the SDK's stack trace: it is a setting to change,
// reported like any other bad setting.

const TAKEN = /address already in use/i;
/** A port picked free can be taken before the exporter binds it (another worker picking at the same moment). */
const PICKS = 3;

/**
 * Installs the SDK runtime logging through `log` (the native core's lines forwarded too) with its metrics exporter
 * on `host:port` (`0`: a free port, `off`: none), and answers the address the exporter listens on. A taken port
 * throws a SettingsError naming WORKER_METRICS_PORT.
 */
export async function installRuntime(log: Logger, host: string, port: number | 'off'): Promise<string | null> {
  const logging = { logger: sdkLogger(log), telemetryOptions: { logging: { forward: {} } } };
  if (port === 'off') {
    Runtime.install(logging);
    return null;
  }
  for (let pick = 1; ; pick++) {
    const chosen = port === 0 ? await freePort(host) : port;
    const address = host.includes(':') ? `[${host}]:${chosen}` : `${host}:${chosen}`;
    try {
      Runtime.install({ ...logging, telemetryOptions: { ...logging.telemetryOptions, metrics: { prometheus: { bindAddress: address } } } });
      return address;
    } catch (err) {
      if (!TAKEN.test((err as Error).message)) throw err;
      if (port === 0 && pick < PICKS) continue;
      throw new SettingsError(
        'WORKER_METRICS_PORT',
        `cannot be listened on: ${address} is taken by another process; give each worker on this host its own port, or 0 for a free one`,
      );
    }
  }
}
