import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsError } from '../../config/settings.js';
import { temporalConnectionOptions } from '../../config/temporal-connection.js';

describe('how processes reach Temporal', () => {
  it('connects in plain text to TEMPORAL_ADDRESS when nothing else is set', () => {
    expect(temporalConnectionOptions('temporal:7233', {})).toEqual({ address: 'temporal:7233' });
  });

  it('takes an API key, with TLS, for a hosted cluster', () => {
    expect(temporalConnectionOptions('ns.tmprl.cloud:7233', { TEMPORAL_API_KEY: 'a-key' })).toEqual({
      address: 'ns.tmprl.cloud:7233',
      tls: true,
      apiKey: 'a-key',
    });
  });

  it('turns TLS on and passes gRPC headers', () => {
    const options = temporalConnectionOptions('t:7233', { TEMPORAL_TLS: 'true', TEMPORAL_GRPC_META_X_TENANT: 'city' });
    expect(options.tls).toBeTruthy();
    expect(options.metadata).toEqual({ 'x-tenant': 'city' });
  });

  it('reads a profile of a TOML configuration file, whose address does not override ours', () => {
    const dir = mkdtempSync(join(tmpdir(), 'envconfig-'));
    const file = join(dir, 'temporal.toml');
    writeFileSync(file, '[profile.prod]\naddress = "elsewhere:7233"\napi_key = "profile-key"\n');
    const options = temporalConnectionOptions('t:7233', { TEMPORAL_CONFIG_FILE: file, TEMPORAL_PROFILE: 'prod' });
    expect(options).toMatchObject({ address: 't:7233', apiKey: 'profile-key' });
  });

  it('refuses a misspelt TLS switch instead of connecting in plain text', () => {
    expect(() => temporalConnectionOptions('t:7233', { TEMPORAL_TLS: 'yes' })).toThrow(SettingsError);
  });

  it('names an unreadable certificate or profile without showing any secret', () => {
    expect(() =>
      temporalConnectionOptions('t:7233', { TEMPORAL_TLS_CLIENT_CERT_PATH: '/nonexistent/cert.pem', TEMPORAL_TLS_CLIENT_KEY_PATH: '/nonexistent/key.pem' }),
    ).toThrow(/could not be read: .*\/nonexistent\/cert\.pem/);
    expect(() =>
      temporalConnectionOptions('t:7233', { TEMPORAL_API_KEY: 'secret-api-key', TEMPORAL_PROFILE: 'missing', TEMPORAL_CONFIG_FILE: '/nonexistent.toml' }),
    ).toThrow(/^(?![\s\S]*secret-api-key)[\s\S]*could not be read/);
  });
});
