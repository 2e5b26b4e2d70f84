import { describe, expect, it } from 'vitest';
import { CHANNEL_SETTINGS, messageChannelFrom } from '../../activities/channels/channel-from-settings.js';
import { parseSettings, SettingsError } from '../../config/settings.js';

// ENTERPRISE_CHANNEL and each provider's settings, as an entry point reads them: a provider without what it needs
// stops the process naming the first missing setting, and never quoting a value.

const channelFrom = (env: NodeJS.ProcessEnv) => messageChannelFrom(parseSettings(env, CHANNEL_SETTINGS));

const aliyun = {
  ENTERPRISE_CHANNEL: 'aliyun_sms',
  ALIYUN_ACCESS_KEY_ID: 'LTAI-id',
  ALIYUN_ACCESS_KEY_SECRET: 'very-secret-key',
  ALIYUN_SMS_SIGN_NAME: '营商环境办',
  ALIYUN_SMS_TEMPLATES: 'acknowledged:SMS_1, *:SMS_9',
};
const wechat = { ENTERPRISE_CHANNEL: 'wechat', WECHAT_APP_ID: 'wx-app', WECHAT_APP_SECRET: 'very-secret-app', WECHAT_TEMPLATES: '*:TPL-any_1' };

describe('messageChannelFrom', () => {
  it('is the ledger unless a provider is chosen', () => {
    expect(channelFrom({}).name).toBe('ledger');
  });

  it('reads the provider defaults and the template maps', () => {
    const settings = parseSettings(aliyun, CHANNEL_SETTINGS);
    expect(settings).toMatchObject({
      ALIYUN_SMS_ENDPOINT: 'https://dysmsapi.aliyuncs.com/',
      ALIYUN_SMS_REGION: 'cn-hangzhou',
      ALIYUN_SMS_TEMPLATES: { acknowledged: 'SMS_1', '*': 'SMS_9' },
      WECHAT_API_BASE: 'https://api.weixin.qq.com',
      WECHAT_TEMPLATES: {},
    });
    expect(messageChannelFrom(settings).name).toBe('aliyun_sms');
    expect(channelFrom(wechat).name).toBe('wechat');
  });

  it.each([
    [aliyun, 'ALIYUN_ACCESS_KEY_ID', 'aliyun_sms'],
    [aliyun, 'ALIYUN_ACCESS_KEY_SECRET', 'aliyun_sms'],
    [aliyun, 'ALIYUN_SMS_SIGN_NAME', 'aliyun_sms'],
    [aliyun, 'ALIYUN_SMS_TEMPLATES', 'aliyun_sms'],
    [wechat, 'WECHAT_APP_ID', 'wechat'],
    [wechat, 'WECHAT_APP_SECRET', 'wechat'],
    [wechat, 'WECHAT_TEMPLATES', 'wechat'],
  ])('names %s when %s is missing', (env, missing, provider) => {
    expect(() => channelFrom({ ...env, [missing]: '' })).toThrow(new SettingsError(missing, `is required when ENTERPRISE_CHANNEL=${provider}`));
  });

  it('names the first missing setting in the configuration line', () => {
    expect(() => channelFrom({ ENTERPRISE_CHANNEL: 'aliyun_sms' })).toThrow(
      'configuration: ALIYUN_ACCESS_KEY_ID is required when ENTERPRISE_CHANNEL=aliyun_sms',
    );
  });

  it.each([
    ['ENTERPRISE_CHANNEL', 'sms', 'must be ledger, aliyun_sms or wechat'],
    ['ALIYUN_SMS_TEMPLATES', 'acknowledged=SMS_1', 'must be kind:template pairs, comma-separated, e.g. acknowledged:SMS_123,*:SMS_999 (item 1 is not one)'],
    ['WECHAT_API_BASE', 'api.weixin.qq.com', 'must be an http(s) URL'],
  ])('refuses a malformed %s in one line, without quoting it', (name, value, detail) => {
    expect(() => parseSettings({ [name]: value }, CHANNEL_SETTINGS)).toThrow(new SettingsError(name, detail));
  });
});
