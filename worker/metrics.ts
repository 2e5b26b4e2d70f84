import { Runtime } from '@temporalio/worker';
import { SettingsError } from '../config/settings.js';
import { freePort } from '../scripts/ports.js';

// The worker's Prometheus endpoint is the SDK runtime's own exporter, bound once per process when the runtime is
// installed. README says to run as many workers as you like, so a port another process holds must not end in the
// SDK's stack trace: it is a setting to change, reported like any other bad setting.

const TAKEN = /address already in use/i;
/** A port picked free can be taken before the exporter binds it (another worker picking at the same moment). */
const PICKS = 3;

/**
 * Installs the SDK runtime with its metrics exporter on `host:port` (`0`: a free port, `off`: none) and answers
 * the address it listens on. A taken port throws a SettingsError naming WORKER_METRICS_PORT.
 */
export async function installMetrics(host: string, port: number | 'off'): Promise<string | null> {
  if (port === 'off') return null;
  for (let pick = 1; ; pick++) {
    const chosen = port === 0 ? await freePort(host) : port;
    const address = host.includes(':') ? `[${host}]:${chosen}` : `${host}:${chosen}`;
    try {
      Runtime.install({ telemetryOptions: { metrics: { prometheus: { bindAddress: address } } } });
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
