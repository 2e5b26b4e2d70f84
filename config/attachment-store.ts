import type { Kysely } from 'kysely';
import { postgresAttachmentStore, type AttachmentStore } from '../db/attachment-store.js';
import { s3AttachmentStore } from '../db/attachment-store-s3.js';
import type { Database } from '../db/schema.js';
import { SettingsError, type SettingName, type Settings } from './settings.js';

// Where attachments' bytes go: S3-compatible storage once ATTACHMENTS_S3_ENDPOINT and ATTACHMENTS_S3_BUCKET are set,
// Postgres otherwise. Half a configuration stops the process naming what is missing, rather than quietly filling
// Postgres with files meant for S3.

/** What an entry point passes to loadSettingsOrExit for attachmentStoreFrom. */
export const ATTACHMENT_SETTINGS = [
  'ATTACHMENTS_S3_ENDPOINT',
  'ATTACHMENTS_S3_BUCKET',
  'ATTACHMENTS_S3_REGION',
  'ATTACHMENTS_S3_ACCESS_KEY_ID',
  'ATTACHMENTS_S3_SECRET_ACCESS_KEY',
] as const satisfies readonly SettingName[];

export type AttachmentSettings = Pick<Settings, (typeof ATTACHMENT_SETTINGS)[number]>;

export function attachmentStoreFrom(settings: AttachmentSettings, db: Kysely<Database>): AttachmentStore {
  if (settings.ATTACHMENTS_S3_ENDPOINT === undefined && settings.ATTACHMENTS_S3_BUCKET === undefined) return postgresAttachmentStore(db);
  const need = (name: Exclude<(typeof ATTACHMENT_SETTINGS)[number], 'ATTACHMENTS_S3_REGION'>): string => {
    const value = settings[name];
    if (value === undefined) throw new SettingsError(name, 'is required when attachments go to S3 (ATTACHMENTS_S3_ENDPOINT or ATTACHMENTS_S3_BUCKET is set)');
    return value;
  };
  return s3AttachmentStore({
    endpoint: need('ATTACHMENTS_S3_ENDPOINT'),
    bucket: need('ATTACHMENTS_S3_BUCKET'),
    region: settings.ATTACHMENTS_S3_REGION,
    accessKeyId: need('ATTACHMENTS_S3_ACCESS_KEY_ID'),
    secretAccessKey: need('ATTACHMENTS_S3_SECRET_ACCESS_KEY'),
  });
}
