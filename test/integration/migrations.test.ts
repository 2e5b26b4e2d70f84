import { randomUUID } from 'node:crypto';
import { Migrator, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { migrationProvider } from '../../db/migrations/index.js';
import { createDb } from '../../db/pool.js';
import { adminQuery, databaseUrl } from '../../db/server.js';

// Migrations that move data, run against a database stopped at the migration before them, with rows in the old
// shape. Kysely<any>: these rows belong to tables today's schema no longer has.

const serverUrl = inject('postgresServerUrl');
const database = `appeals_migrations_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
let db: Kysely<any>;
let migrator: Migrator;

beforeAll(async () => {
  await adminQuery(serverUrl, `create database ${database}`);
  db = createDb(databaseUrl(serverUrl, database), { max: 2 }) as Kysely<any>;
  migrator = new Migrator({ db, provider: migrationProvider });
});
afterAll(async () => {
  await db?.destroy();
  await adminQuery(serverUrl, `drop database if exists ${database}`).catch(() => {});
});

async function migrateTo(name: string) {
  const { error } = await migrator.migrateTo(name);
  if (error) throw error;
}

describe('2026-11-23-05: meeting notifications join `notifications`', () => {
  const meetingId = 'm-1';
  const announcedAt = new Date('2026-11-28T01:30:00.000Z');
  const payload = { id: 'meeting-m-1-2', kind: 'announced', meetingId, title: '座谈会', status: 'announced', startsAt: 1764898200000, link: `/v1/meetings/${meetingId}`, at: announcedAt.getTime() };

  it('moves the rows of meeting_notifications, as failed so redelivery can send them, and drops the table', async () => {
    await migrateTo('2026-11-23-04-meetings');
    await db
      .insertInto('meetings')
      .values({ id: meetingId, version: 2, kind: 'symposium', status: 'announced', starts_at: new Date(payload.startsAt), state: JSON.stringify({}) })
      .execute();
    await db
      .insertInto('meeting_notifications')
      .values([
        { id: 'meeting-m-1-2', meeting_id: meetingId, seq: 2, kind: 'announced', recipient: 'office', created_at: announcedAt, payload: JSON.stringify(payload) },
        { id: 'meeting-m-1-3', meeting_id: meetingId, seq: 3, kind: 'announced', recipient: 'enterprise:91510700MA62BAR50B', created_at: announcedAt, payload: JSON.stringify({ ...payload, id: 'meeting-m-1-3' }) },
      ])
      .execute();

    await migrateTo('2026-11-23-05-meeting-notifications');
    const rows = await db.selectFrom('notifications').selectAll().orderBy('seq').execute();
    expect(rows).toMatchObject([
      { id: 'meeting-m-1-2', appeal_id: null, meeting_id: meetingId, seq: 2, kind: 'announced', recipient: 'office', department_code: null, status: 'failed', created_at: announcedAt, payload },
      { id: 'meeting-m-1-3', appeal_id: null, meeting_id: meetingId, recipient: 'enterprise:91510700MA62BAR50B', status: 'failed' },
    ]);
    expect(rows[0]!.failure).toMatch(/redeliver/);
    const left = await sql<{ name: string | null }>`select to_regclass('meeting_notifications')::text as name`.execute(db);
    expect(left.rows[0]!.name).toBeNull();
  });

  it('holds every row to exactly one appeal or one meeting', async () => {
    const row = { seq: 9, kind: 'digest', recipient: 'office', created_at: announcedAt, payload: '{}' };
    await expect(db.insertInto('notifications').values({ ...row, id: 'neither' }).execute()).rejects.toThrow(/notifications_one_subject/);
    const appeal = { id: 'a-1', receipt_number: 'QS00000001', version: 1, status: 'received', round: 1, channel: 'other', category: 'other' };
    await db
      .insertInto('appeals')
      .values({ ...appeal, credit_code: '91510700MA62BAR50B', overdue: false, supervised: false, registered_at: announcedAt, state: '{}' })
      .execute();
    await expect(db.insertInto('notifications').values({ ...row, id: 'both', appeal_id: 'a-1', meeting_id: meetingId }).execute()).rejects.toThrow(/notifications_one_subject/);
    await db.insertInto('notifications').values({ ...row, id: 'an-appeal', appeal_id: 'a-1' }).execute();
    await db.deleteFrom('notifications').where('id', '=', 'an-appeal').execute();
  });

  it('goes back down: the meeting rows return to their own table', async () => {
    await db.insertInto('notification_attempts').values({ notification_id: 'meeting-m-1-2', attempt: 1, at: announcedAt, target: 'webhook', status_code: 200, latency_ms: 3, outcome: 'delivered' }).execute();
    await migrateTo('2026-11-23-04-meetings');
    const back = await db.selectFrom('meeting_notifications').select(['id', 'recipient', 'payload']).orderBy('seq').execute();
    expect(back).toEqual([
      { id: 'meeting-m-1-2', recipient: 'office', payload },
      { id: 'meeting-m-1-3', recipient: 'enterprise:91510700MA62BAR50B', payload: { ...payload, id: 'meeting-m-1-3' } },
    ]);
    expect(await db.selectFrom('notifications').selectAll().execute()).toEqual([]);
    await migrateTo('2026-11-23-05-meeting-notifications');
  });
});

describe('2026-12-01-01: steps keep their Idempotency-Keys beside submissions', () => {
  const submission = { token_id: 't-1', key: 'submit', body: '{}', appeal_id: 'a-9', receipt_number: 'QS00000009' };

  it('keeps the submissions’ keys, and going back down drops the steps’ (the old shape has no room for them)', async () => {
    await migrateTo('2026-11-23-06-inbox');
    await db.insertInto('idempotency_keys').values(submission).execute();
    await migrateTo('2026-12-01-01-step-idempotency');
    await db.insertInto('idempotency_keys').values({ token_id: 't-1', key: 'step', body: '{}', request_hash: 'h', answer_status: 200, answer: '{}' }).execute();
    expect(await db.selectFrom('idempotency_keys').select(['key', 'appeal_id', 'request_hash']).orderBy('key').execute()).toEqual([
      { key: 'step', appeal_id: null, request_hash: 'h' },
      { key: 'submit', appeal_id: 'a-9', request_hash: null },
    ]);

    await migrateTo('2026-11-23-06-inbox');
    expect(await db.selectFrom('idempotency_keys').select(['key', 'appeal_id']).execute()).toEqual([{ key: 'submit', appeal_id: 'a-9' }]);
    await expect(db.insertInto('idempotency_keys').values({ token_id: 't-1', key: 'no-appeal', body: '{}', receipt_number: 'QS1' }).execute()).rejects.toThrow(/appeal_id/);
    await migrateTo('2026-12-01-01-step-idempotency');
  });
});
