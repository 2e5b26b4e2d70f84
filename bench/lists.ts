import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { listAppealStates, openAppealsOfDepartment } from '../db/appeals.js';
import { migrateToLatest } from '../db/migrator.js';
import { createDb } from '../db/pool.js';

// The ledger's list and inbox queries at a city's scale, on appeals seeded directly in SQL (the API would take
// hours to make 100,000): each query's latencies over `runs` runs after a warm-up.

/** `count` appeals straight into the ledger: 40 departments with every status each, 10 channels, two years of registrations. */
export async function seedAppeals(db: Kysely<Database>, count: number): Promise<void> {
  await sql`
    insert into appeals (id, receipt_number, version, status, round, channel, category, credit_code, lead_department,
                         co_departments, overdue, supervised, meeting_id, registered_at, due_at, state)
    select 'bench-' || i, 'B' || lpad(i::text, 9, '0'), 1,
           (array['registered','assigned','in_progress','resolved','closed','closed','closed','withdrawn'])[1 + (i / 40) % 8],
           1, (array['symposium','service_window','online_platform','hotline_12345','wechat_group','chamber','supervisor','visit','consultation_meeting','other'])[1 + i % 10],
           'financing', '91510700MA' || lpad((i % 99999)::text, 8, '0'), 'dept-' || (i % 40), array['dept-' || ((i + 7) % 40)],
           i % 13 = 0, i % 17 = 0, null, timestamptz '2025-01-01' + (i * interval '10 minutes'),
           timestamptz '2025-01-20' + (i * interval '10 minutes'),
           jsonb_build_object('id', 'bench-' || i, 'status', 'in_progress', 'title', '压测诉求 ' || i, 'registeredAt', 0,
             'deadlines', jsonb_build_object('dueAt', null), 'enterprise', jsonb_build_object('creditCode', 'x'))
    from generate_series(1, ${count}) as i`.execute(db);
}

export async function listLatencies(databaseUrl: string, count: number, runs: number, progress: (line: string) => void) {
  const db = createDb(databaseUrl, { max: 1 });
  try {
    await migrateToLatest(db);
    const seeding = performance.now();
    await seedAppeals(db, count);
    // As autovacuum leaves a live ledger: statistics current, GIN pending lists merged.
    await sql`vacuum analyze appeals`.execute(db);
    progress(`seeded ${count.toLocaleString('en')} appeals in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

    async function sample(work: () => Promise<unknown>): Promise<number[]> {
      await work();
      const latencies: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await work();
        latencies.push(performance.now() - t);
      }
      return latencies;
    }
    const newest = await listAppealStates(db, {}, { limit: 20 });
    const filtered = {
      'status = in_progress': await sample(() => listAppealStates(db, { status: 'in_progress' }, { limit: 20 })),
      'a department (lead or co)': await sample(() => listAppealStates(db, { visibleToDepartment: 'dept-7' }, { limit: 20 })),
      'channel + overdue': await sample(() => listAppealStates(db, { channel: 'hotline_12345', overdue: true }, { limit: 20 })),
      'one month of registrations': await sample(() =>
        listAppealStates(db, { registeredFrom: new Date('2025-06-01'), registeredUntil: new Date('2025-06-30T23:59:59.999Z') }, { limit: 20 }),
      ),
      'next page by cursor': await sample(() => listAppealStates(db, {}, { limit: 20, after: newest.next! })),
    };
    const inbox = await sample(() => openAppealsOfDepartment(db, 'dept-3'));
    return { filtered, inbox };
  } finally {
    await db.destroy();
  }
}
