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
  const payload = {
    id: 'meeting-m-1-2',
    kind: 'announced',
    meetingId,
    title: '座谈会',
    status: 'announced',
    startsAt: 1764898200000,
    link: `/v1/meetings/${meetingId}`,
    at: announcedAt.getTime(),
  };

  it('moves the rows of meeting_notifications, as failed so redelivery can send them, and drops the table', async () => {
    await migrateTo('2026-11-23-04-meetings');
    await db
      .insertInto('meetings')
      .values({ id: meetingId, version: 2, kind: 'symposium', status: 'announced', starts_at: new Date(payload.startsAt), state: JSON.stringify({}) })
      .execute();
    await db
      .insertInto('meeting_notifications')
      .values([
        {
          id: 'meeting-m-1-2',
          meeting_id: meetingId,
          seq: 2,
          kind: 'announced',
          recipient: 'office',
          created_at: announcedAt,
          payload: JSON.stringify(payload),
        },
        {
          id: 'meeting-m-1-3',
          meeting_id: meetingId,
          seq: 3,
          kind: 'announced',
          recipient: 'enterprise:91510700MA62BAR50B',
          created_at: announcedAt,
          payload: JSON.stringify({ ...payload, id: 'meeting-m-1-3' }),
        },
      ])
      .execute();

    await migrateTo('2026-11-23-05-meeting-notifications');
    const rows = await db.selectFrom('notifications').selectAll().orderBy('seq').execute();
    expect(rows).toMatchObject([
      {
        id: 'meeting-m-1-2',
        appeal_id: null,
        meeting_id: meetingId,
        seq: 2,
        kind: 'announced',
        recipient: 'office',
        department_code: null,
        status: 'failed',
        created_at: announcedAt,
        payload,
      },
      { id: 'meeting-m-1-3', appeal_id: null, meeting_id: meetingId, recipient: 'enterprise:91510700MA62BAR50B', status: 'failed' },
    ]);
    expect(rows[0]!.failure).toMatch(/redeliver/);
    const left = await sql<{ name: string | null }>`select to_regclass('meeting_notifications')::text as name`.execute(db);
    expect(left.rows[0]!.name).toBeNull();
  });

  it('holds every row to exactly one appeal or one meeting', async () => {
    const row = { seq: 9, kind: 'digest', recipient: 'office', created_at: announcedAt, payload: '{}' };
    await expect(
      db
        .insertInto('notifications')
        .values({ ...row, id: 'neither' })
        .execute(),
    ).rejects.toThrow(/notifications_one_subject/);
    const appeal = { id: 'a-1', receipt_number: 'QS00000001', version: 1, status: 'received', round: 1, channel: 'other', category: 'other' };
    await db
      .insertInto('appeals')
      .values({ ...appeal, credit_code: '91510700MA62BAR50B', overdue: false, supervised: false, registered_at: announcedAt, state: '{}' })
      .execute();
    await expect(
      db
        .insertInto('notifications')
        .values({ ...row, id: 'both', appeal_id: 'a-1', meeting_id: meetingId })
        .execute(),
    ).rejects.toThrow(/notifications_one_subject/);
    await db
      .insertInto('notifications')
      .values({ ...row, id: 'an-appeal', appeal_id: 'a-1' })
      .execute();
    await db.deleteFrom('notifications').where('id', '=', 'an-appeal').execute();
  });

  it('goes back down: the meeting rows return to their own table', async () => {
    await db
      .insertInto('notification_attempts')
      .values({ notification_id: 'meeting-m-1-2', attempt: 1, at: announcedAt, target: 'webhook', status_code: 200, latency_ms: 3, outcome: 'delivered' })
      .execute();
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
    await expect(db.insertInto('idempotency_keys').values({ token_id: 't-1', key: 'no-appeal', body: '{}', receipt_number: 'QS1' }).execute()).rejects.toThrow(
      /appeal_id/,
    );
    await migrateTo('2026-12-01-01-step-idempotency');
  });
});

describe('2026-12-02-09: the enterprises register is filled from the appeals on the ledger', () => {
  const code = '91510700MA62BAR50B';
  const appeal = (id: string, name: string, registeredAt: string, unit?: string) => ({
    id,
    receipt_number: `R-${id}`,
    version: 1,
    status: 'registered',
    round: 1,
    channel: 'symposium',
    category: 'financing',
    credit_code: code,
    overdue: false,
    supervised: false,
    registered_at: new Date(registeredAt),
    state: JSON.stringify({ enterprise: { name, creditCode: code }, ...(unit ? { unit } : {}) }),
  });

  it('under the latest appeal’s name, the others as former names oldest first, with the first appeal’s unit', async () => {
    await migrateTo('2026-12-02-08-appeal-links');
    await db
      .insertInto('appeals')
      .values([
        appeal('e-1', '绵阳甲科技有限公司', '2026-01-05T02:00:00Z', 'fcx'),
        appeal('e-2', '绵阳甲新材料有限公司', '2026-03-05T02:00:00Z'),
        appeal('e-3', '绵阳甲集团有限公司', '2026-06-05T02:00:00Z'),
        appeal('e-4', '绵阳甲新材料有限公司', '2026-02-05T02:00:00Z'),
      ])
      .execute();
    await migrateTo('2026-12-02-09-enterprises');
    expect(await db.selectFrom('enterprises').selectAll().where('credit_code', '=', code).execute()).toMatchObject([
      {
        name: '绵阳甲集团有限公司',
        former_names: ['绵阳甲科技有限公司', '绵阳甲新材料有限公司'],
        unit: 'fcx',
        flags: [],
        first_seen_at: new Date('2026-01-05T02:00:00Z'),
      },
    ]);
    await migrateTo('2026-12-02-08-appeal-links');
    const left = await sql<{ name: string | null }>`select to_regclass('enterprises')::text as name`.execute(db);
    expect(left.rows[0]!.name).toBeNull();
  });
});

describe('2026-12-02-10: the appeals on the ledger are made searchable', () => {
  it('by their title, description and the texts of their events, the enterprise’s at weight A, the government’s at B', async () => {
    await migrateTo('2026-12-02-09-enterprises');
    const state = {
      enterprise: { name: '绵阳乙科技有限公司', creditCode: '91510700MA62BAR51C' },
      title: '贷款审批慢',
      description: '申请科技贷款两个月未有答复',
    };
    await db
      .insertInto('appeals')
      .values({
        id: 's-1',
        receipt_number: 'R-s-1',
        version: 3,
        status: 'resolved',
        round: 1,
        channel: 'symposium',
        category: 'financing',
        credit_code: state.enterprise.creditCode,
        overdue: false,
        supervised: false,
        registered_at: new Date('2026-06-01T02:00:00Z'),
        state: JSON.stringify(state),
      })
      .execute();
    const event = (seq: number, kind: string, data: object) => ({
      appeal_id: 's-1',
      seq,
      kind,
      at: new Date('2026-06-02T02:00:00Z'),
      round: 1,
      data: JSON.stringify(data),
    });
    await db
      .insertInto('appeal_events')
      .values([
        event(1, 'registered', { channel: 'symposium' }),
        event(2, 'note_added', { text: '企业负责人出差' }),
        event(3, 'resolved', { summary: '已发放流动资金' }),
      ])
      .execute();
    await migrateTo('2026-12-02-10-appeal-search');
    const found = async (query: string) =>
      (await sql<{ id: string }>`select id from appeals where search @@ to_tsquery('simple', ${query})`.execute(db)).rows.map((r) => r.id);
    expect(await found(`'贷款':A`)).toEqual(['s-1']);
    expect(await found(`'流动':A & '资金':A`)).toEqual(['s-1']);
    expect(await found(`'出差':B`)).toEqual(['s-1']);
    expect(await found(`'出差':A`)).toEqual([]);
    await migrateTo('2026-12-02-09-enterprises');
    const left = await sql<{
      name: string | null;
    }>`select column_name as name from information_schema.columns where table_name = 'appeals' and column_name = 'search'`.execute(db);
    expect(left.rows).toEqual([]);
  });
});

describe('2026-12-02-14 and -15: stored assessments, surveys and their notifications (issue 20)', () => {
  const at = new Date('2026-10-08T17:30:00Z');
  const row = { seq: 1, recipient: 'office', created_at: at, payload: '{}' };

  it('holds each notification to one subject: an appeal, a meeting, a record, an assessment period or a survey', async () => {
    await migrateTo('2026-12-02-15-surveys');
    await db
      .insertInto('assessment_reports')
      .values({ period: '2026-Q3', level: 'department', computed_at: at, timezone: 'Asia/Shanghai', document: '{}' })
      .execute();
    await expect(
      db
        .insertInto('assessment_reports')
        .values({ period: '2026-Q3', level: 'department', computed_at: at, timezone: 'Asia/Shanghai', document: '{}' })
        .execute(),
    ).rejects.toThrow(/assessment_reports_pk/);
    await db
      .insertInto('surveys')
      .values({ id: 'sv-1', period: '2026-Q3', title: '百企评', units: '["ndrc"]', questions: '["效率"]', created_at: at })
      .execute();
    await db
      .insertInto('survey_invitations')
      .values({ id: 'inv-1', survey_id: 'sv-1', credit_code: '91510700MA62BAR50B', enterprise_name: '甲公司' })
      .execute();
    await expect(
      db.insertInto('survey_invitations').values({ id: 'inv-2', survey_id: 'sv-1', credit_code: '91510700MA62BAR50B', enterprise_name: '甲公司' }).execute(),
    ).rejects.toThrow(/survey_invitations_one_each/);
    await db
      .insertInto('notifications')
      .values([
        { ...row, id: 'assessment:2026-Q3:department:office', kind: 'assessment_table', assessment_period: '2026-Q3' },
        { ...row, id: 'survey:sv-1:91510700MA62BAR50B', kind: 'survey_invitation', survey_id: 'sv-1', recipient: 'enterprise:91510700MA62BAR50B' },
      ])
      .execute();
    await expect(
      db
        .insertInto('notifications')
        .values({ ...row, id: 'both', kind: 'duty_missed', assessment_period: '2026-Q3', survey_id: 'sv-1' })
        .execute(),
    ).rejects.toThrow(/notifications_one_subject/);
  });

  it('goes back down: their notifications with their attempts, the reports and the surveys go', async () => {
    await db
      .insertInto('notification_attempts')
      .values({ notification_id: 'survey:sv-1:91510700MA62BAR50B', attempt: 1, at, target: 'ledger', latency_ms: 0, outcome: 'delivered' })
      .execute();
    await migrateTo('2026-12-02-13-assessment-model');
    expect(await db.selectFrom('notifications').select('id').where('kind', 'in', ['assessment_table', 'survey_invitation']).execute()).toEqual([]);
    const left = await sql<{
      name: string | null;
    }>`select to_regclass('assessment_reports')::text as name union all select to_regclass('surveys')::text`.execute(db);
    expect(left.rows).toEqual([{ name: null }, { name: null }]);
    await migrateTo('2026-12-02-15-surveys');
  });
});
