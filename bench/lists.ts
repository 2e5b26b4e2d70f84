import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { listAppealStates, openAppealsOfDepartment } from '../db/appeals.js';
import { migrateToLatest } from '../db/migrator.js';
import { createDb } from '../db/pool.js';
import { startEmbeddedPostgres } from '../scripts/embedded-postgres.js';

// `npx tsx bench/lists.ts [appeals]`: the ledger's list and inbox queries at 100,000 appeals (the target).
// Uses the server at DATABASE_URL (in a scratch database it drops afterwards), else an embedded Postgres.

const COUNT = Number(process.argv[2] ?? 100_000);
const log = (line: string) => console.log(line);

let serverUrl = process.env.DATABASE_URL;
let cleanup = async () => {};
if (!serverUrl) {
  const dir = await mkdtemp(join(tmpdir(), 'appeals-bench-'));
  const embedded = await startEmbeddedPostgres({ dataDir: dir, port: 5499, log });
  serverUrl = embedded.url;
  cleanup = async () => {
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
const scratch = `appeals_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: Object.assign(new URL(serverUrl), { pathname: '/postgres' }).toString() });
await admin.connect();
await admin.query(`create database ${scratch}`);
const db = createDb(Object.assign(new URL(serverUrl), { pathname: `/${scratch}` }).toString());
try {
  await migrateToLatest(db);
  const started = performance.now();
  // Realistic spread: 40 departments, 10 channels, 8 statuses, two years of registrations.
  await sql`
    insert into appeals (id, receipt_number, version, status, round, channel, category, credit_code, lead_department,
                         co_departments, overdue, supervised, meeting_id, registered_at, due_at, state)
    select 'bench-' || i, 'B' || lpad(i::text, 9, '0'), 1,
           (array['registered','assigned','in_progress','resolved','closed','closed','closed','withdrawn'])[1 + i % 8],
           1, (array['symposium','service_window','online_platform','hotline_12345','wechat_group','chamber','supervisor','visit','consultation_meeting','other'])[1 + i % 10],
           'financing', '91510700MA' || lpad((i % 99999)::text, 8, '0'), 'dept-' || (i % 40), array['dept-' || ((i + 7) % 40)],
           i % 13 = 0, i % 17 = 0, null, timestamptz '2025-01-01' + (i * interval '10 minutes'), null,
           jsonb_build_object('id', 'bench-' || i, 'status', 'in_progress', 'title', '压测诉求 ' || i, 'registeredAt', 0,
             'deadlines', jsonb_build_object('dueAt', null), 'enterprise', jsonb_build_object('creditCode', 'x'))
    from generate_series(1, ${COUNT}) as i`.execute(db);
  await sql`analyze appeals`.execute(db);
  log(`seeded ${COUNT.toLocaleString('en')} appeals in ${(performance.now() - started).toFixed(0)} ms`);

  async function time(name: string, work: () => Promise<unknown>, runs = 50) {
    await work();
    const t = performance.now();
    for (let i = 0; i < runs; i++) await work();
    log(`${name.padEnd(52)} ${((performance.now() - t) / runs).toFixed(2).padStart(8)} ms per query`);
  }
  await time('newest 20 (office)', () => listAppealStates(db, {}, { limit: 20 }));
  const page = await listAppealStates(db, {}, { limit: 20 });
  await time('next page by cursor', () => listAppealStates(db, {}, { limit: 20, after: page.next! }));
  await time('status = in_progress', () => listAppealStates(db, { status: 'in_progress' }, { limit: 20 }));
  await time('a department (lead or co), newest 20', () => listAppealStates(db, { visibleToDepartment: 'dept-7' }, { limit: 20 }));
  await time('channel + overdue', () => listAppealStates(db, { channel: 'hotline_12345', overdue: true }, { limit: 20 }));
  await time('one month of registrations', () =>
    listAppealStates(db, { registeredFrom: new Date('2025-06-01'), registeredUntil: new Date('2025-06-30T23:59:59.999Z') }, { limit: 100 }),
  );
  await time('department inbox (all its open appeals)', () => openAppealsOfDepartment(db, 'dept-3'), 10);
} finally {
  await db.destroy();
  await admin.query(`drop database if exists ${scratch}`);
  await admin.end();
  await cleanup();
}
