import { loadClientConnectConfig } from '@temporalio/envconfig';
import type { TLSConfig } from '@temporalio/client';
import { SettingsError, exitForSetting } from './settings.js';

// How every process reaches Temporal. The address is ours (TEMPORAL_ADDRESS, checked with the other settings);
// TLS, client certificates, an API key and gRPC headers come from the SDK's own environment configuration
// (TEMPORAL_TLS*, TEMPORAL_API_KEY, TEMPORAL_GRPC_META_*, or a profile of TEMPORAL_CONFIG_FILE / TEMPORAL_PROFILE),
// so a secured cluster or Temporal Cloud needs settings, not code.

export interface TemporalConnectionOptions {
  address: string;
  tls?: TLSConfig | boolean;
  apiKey?: string;
  metadata?: Record<string, string>;
}

/** The options for `Connection` and `NativeConnection` alike; a broken TLS or profile setting is a SettingsError. */
export function temporalConnectionOptions(address: string, env: NodeJS.ProcessEnv = process.env): TemporalConnectionOptions {
  // The SDK reads anything but "true"/"1" as false: a misspelt switch would quietly connect in plain text.
  if (env.TEMPORAL_TLS && !/^(true|false|1|0)$/i.test(env.TEMPORAL_TLS)) {
    throw new SettingsError('TEMPORAL_TLS', 'must be true or false');
  }
  const given = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
  let loaded;
  try {
    loaded = loadClientConnectConfig({ overrideEnvVars: given }).connectionOptions;
  } catch (err) {
    // The SDK's message names the file or variable; never a key or certificate's contents.
    throw new SettingsError('TEMPORAL_TLS / TEMPORAL_API_KEY / TEMPORAL_CONFIG_FILE', `could not be read: ${(err as Error).message}`);
  }
  const { tls, apiKey, metadata } = loaded;
  return {
    address,
    ...(tls !== undefined && tls !== null ? { tls } : {}),
    ...(typeof apiKey === 'string' && apiKey ? { apiKey } : {}),
    ...(metadata && Object.keys(metadata).length > 0 ? { metadata: metadata as Record<string, string> } : {}),
  };
}

/** For a process's entry point: the options, or one line on stderr and exit code 2. */
export function temporalConnectionOrExit(address: string): TemporalConnectionOptions {
  try {
    return temporalConnectionOptions(address);
  } catch (err) {
    if (err instanceof SettingsError) exitForSetting(err);
    throw err;
  }
}
