import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSettings, SettingsError, type SettingName } from '../../config/settings.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('settings', () => {
  it('applies the contract defaults', () => {
    const s = parseSettings({ TEMPORAL_ADDRESS: '127.0.0.1:7233', DATABASE_URL: 'postgres://u@h:5432/d' }, [
      'TEMPORAL_ADDRESS',
      'TEMPORAL_NAMESPACE',
      'TEMPORAL_TASK_QUEUE',
      'DATABASE_URL',
      'DATABASE_POOL_MAX',
      'PORT',
      'APPEALS_TIMEZONE',
      'WORKER_METRICS_PORT',
      'WORKER_MAX_CACHED_WORKFLOWS',
      'API_MAX_SUBMISSIONS_IN_FLIGHT',
      'WEBHOOK_HTTP_HOSTS',
      'WEBHOOK_PRIVATE_NETWORKS',
    ]);
    expect(s).toEqual({
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'appeals',
      DATABASE_URL: 'postgres://u@h:5432/d',
      DATABASE_POOL_MAX: 10,
      PORT: 3000,
      APPEALS_TIMEZONE: 'Asia/Shanghai',
      WORKER_METRICS_PORT: 9464,
      WORKER_MAX_CACHED_WORKFLOWS: 1000,
      API_MAX_SUBMISSIONS_IN_FLIGHT: 64,
      WEBHOOK_HTTP_HOSTS: [],
      WEBHOOK_PRIVATE_NETWORKS: [],
    });
    expect(Object.isFrozen(s)).toBe(true);
  });

  it('reads the webhook exceptions as lists, in their normal form', () => {
    const s = parseSettings({ WEBHOOK_HTTP_HOSTS: 'Hooks.City.Example., 127.0.0.1,[::1]', WEBHOOK_PRIVATE_NETWORKS: '127.0.0.1, 10.20.0.0/16,fd00::/8' }, [
      'WEBHOOK_HTTP_HOSTS',
      'WEBHOOK_PRIVATE_NETWORKS',
    ]);
    expect(s).toEqual({
      WEBHOOK_HTTP_HOSTS: ['hooks.city.example', '127.0.0.1', '[::1]'],
      WEBHOOK_PRIVATE_NETWORKS: ['127.0.0.1/32', '10.20.0.0/16', 'fd00::/8'],
    });
  });

  it.each([
    ['WEBHOOK_HTTP_HOSTS', 'hooks.example:8080'],
    ['WEBHOOK_HTTP_HOSTS', 'http://hooks.example'],
    ['WEBHOOK_HTTP_HOSTS', '::1'],
    ['WEBHOOK_PRIVATE_NETWORKS', '10.0.0.0/33'],
    ['WEBHOOK_PRIVATE_NETWORKS', 'intranet'],
    // /0 would switch the protection off rather than make an exception.
    ['WEBHOOK_PRIVATE_NETWORKS', '0.0.0.0/0'],
  ])('%s refuses "%s" in one line naming it', (name, value) => {
    expect(() => parseSettings({ [name]: `127.0.0.1,${value}` }, [name as 'WEBHOOK_HTTP_HOSTS'])).toThrow(
      new SettingsError(
        name,
        `must be a comma-separated list of ${name === 'WEBHOOK_HTTP_HOSTS' ? 'host names, e.g. 127.0.0.1,hooks.city.example' : 'networks, e.g. 127.0.0.1/32,10.20.0.0/16'} (item 2 is not one)`,
      ),
    );
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://u@h/d', TEMPORAL_ADDRESS: 'no-port' }, 'TEMPORAL_ADDRESS'],
    [{ DATABASE_URL: 'postgres://u@h/d', TEMPORAL_ADDRESS: 'h:1', PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'postgres://u@h/d', TEMPORAL_ADDRESS: 'h:1', APPEALS_TIMEZONE: 'Mars/Olympus' }, 'APPEALS_TIMEZONE'],
    [{ TEMPORAL_ADDRESS: 'h:1' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://u@h/d', TEMPORAL_ADDRESS: 'h:1', WORKER_MAX_CACHED_WORKFLOWS: '1' }, 'WORKER_MAX_CACHED_WORKFLOWS'],
    [{ DATABASE_URL: 'postgres://u@h/d', TEMPORAL_ADDRESS: 'h:1', API_MAX_SUBMISSIONS_IN_FLIGHT: '0' }, 'API_MAX_SUBMISSIONS_IN_FLIGHT'],
    [{ DATABASE_URL: 'postgres://u@h/d', TEMPORAL_ADDRESS: 'h:1', API_MAX_SUBMISSIONS_IN_FLIGHT: 'lots' }, 'API_MAX_SUBMISSIONS_IN_FLIGHT'],
    [{ DATABASE_URL: 'postgres://u@h/d', TEMPORAL_ADDRESS: 'h:1', DATABASE_POOL_MAX: '0' }, 'DATABASE_POOL_MAX'],
    [{ DATABASE_URL: 'postgres://u@h/d', TEMPORAL_ADDRESS: 'h:1', DATABASE_POOL_MAX: 'ten' }, 'DATABASE_POOL_MAX'],
  ])('%o names %s', (env, name) => {
    expect(() =>
      parseSettings(env, [
        'DATABASE_URL',
        'TEMPORAL_ADDRESS',
        'PORT',
        'APPEALS_TIMEZONE',
        'WORKER_MAX_CACHED_WORKFLOWS',
        'API_MAX_SUBMISSIONS_IN_FLIGHT',
        'DATABASE_POOL_MAX',
      ]),
    ).toThrow(expect.objectContaining({ setting: name }) as SettingsError);
  });

  // Error lines end up in logs: whatever the value holds (a password, a key, a token), the line names the setting
  // and the problem only.
  const secret = 'Tr0ub4dor-and-3';
  it.each([
    ['DATABASE_URL', `postgres://appeals:${secret}@/appeals`],
    ['DATABASE_URL', `mysql://root:${secret}@db.example/appeals`],
    ['TEMPORAL_ADDRESS', `operator:${secret}@temporal.example`],
    ['ADMIN_TOKEN', secret.slice(0, 7)],
    ['CODEC_SERVER_UI_KEY', secret],
    ['TEMPORAL_PAYLOAD_KEYS', `k1:${Buffer.from(secret).toString('base64')}`],
    ['WEBHOOK_HTTP_HOSTS', `hooks.example,https://hook:${secret}@hooks.example`],
    ['WEBHOOK_PRIVATE_NETWORKS', `10.0.0.0/8,${secret}`],
    ['PORT', secret],
  ])('a bad %s is reported without its value', (name, value) => {
    let error: unknown;
    try {
      parseSettings({ [name]: value }, [name as SettingName]);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SettingsError);
    const { message } = error as SettingsError;
    expect(message).toMatch(new RegExp(`^configuration: ${name} \\S`));
    for (const part of [value, secret, secret.slice(0, 7), Buffer.from(secret).toString('base64')]) expect(message).not.toContain(part);
  });

  it.each([
    ['api/main.ts', { DATABASE_URL: `postgres://appeals:${secret}@/appeals`, TEMPORAL_ADDRESS: '127.0.0.1:7233' }, 'DATABASE_URL'],
    ['worker/main.ts', { DATABASE_URL: 'not a url', TEMPORAL_ADDRESS: '127.0.0.1:7233' }, 'DATABASE_URL'],
    ['api/main.ts', { DATABASE_URL: 'postgres://u@127.0.0.1:1/d', TEMPORAL_ADDRESS: 'localhost' }, 'TEMPORAL_ADDRESS'],
    [
      'api/main.ts',
      { DATABASE_URL: 'postgres://u@127.0.0.1:1/d', TEMPORAL_ADDRESS: '127.0.0.1:1', API_MAX_SUBMISSIONS_IN_FLIGHT: '-5' },
      'API_MAX_SUBMISSIONS_IN_FLIGHT',
    ],
  ])('%s stops at start with one line naming the bad setting', (entry, env, name) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', entry], {
      cwd: root,
      env: { PATH: process.env.PATH, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^configuration: ${name} `));
    expect(run.stderr).not.toContain(secret);
  });
});
