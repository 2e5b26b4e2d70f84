import { SettingsError, type SettingName, type Settings } from '../../config/settings.js';
import { aliyunSmsChannel } from './aliyun-sms.js';
import { ledgerChannel, type MessageChannel } from './message-channel.js';
import { wechatTemplateChannel } from './wechat-template.js';

// ENTERPRISE_CHANNEL picks the channel; a provider's own settings are optional in the schema (a city on the ledger
// sets none) and checked here, so a process configured for a provider stops at start naming what it lacks instead
// of failing every message later.

/** What an entry point passes to loadSettingsOrExit for messageChannelFrom. */
export const CHANNEL_SETTINGS = [
  'ENTERPRISE_CHANNEL',
  'ALIYUN_SMS_ENDPOINT',
  'ALIYUN_SMS_REGION',
  'ALIYUN_ACCESS_KEY_ID',
  'ALIYUN_ACCESS_KEY_SECRET',
  'ALIYUN_SMS_SIGN_NAME',
  'ALIYUN_SMS_TEMPLATES',
  'WECHAT_API_BASE',
  'WECHAT_APP_ID',
  'WECHAT_APP_SECRET',
  'WECHAT_TEMPLATES',
] as const satisfies readonly SettingName[];

type ChannelSettingName = (typeof CHANNEL_SETTINGS)[number];
export type ChannelSettings = Pick<Settings, ChannelSettingName>;

export function messageChannelFrom(settings: ChannelSettings): MessageChannel {
  /** A provider's setting, or a SettingsError naming it (never quoting a value: some are secrets). An empty template map is missing too. */
  const need = <K extends ChannelSettingName>(name: K): NonNullable<ChannelSettings[K]> => {
    const value = settings[name];
    if (value === undefined || (typeof value === 'object' && Object.keys(value).length === 0)) {
      throw new SettingsError(name, `is required when ENTERPRISE_CHANNEL=${settings.ENTERPRISE_CHANNEL}`);
    }
    return value as NonNullable<ChannelSettings[K]>;
  };
  switch (settings.ENTERPRISE_CHANNEL) {
    case 'ledger':
      return ledgerChannel;
    case 'aliyun_sms':
      return aliyunSmsChannel({
        endpoint: settings.ALIYUN_SMS_ENDPOINT,
        region: settings.ALIYUN_SMS_REGION,
        accessKeyId: need('ALIYUN_ACCESS_KEY_ID'),
        accessKeySecret: need('ALIYUN_ACCESS_KEY_SECRET'),
        signName: need('ALIYUN_SMS_SIGN_NAME'),
        templates: need('ALIYUN_SMS_TEMPLATES'),
      });
    case 'wechat':
      return wechatTemplateChannel({
        base: settings.WECHAT_API_BASE,
        appId: need('WECHAT_APP_ID'),
        appSecret: need('WECHAT_APP_SECRET'),
        templates: need('WECHAT_TEMPLATES'),
      });
  }
}
