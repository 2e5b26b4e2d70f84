import { sql, type Kysely } from 'kysely';
import { countRegistering } from './registering.js';
import type { Database } from './schema.js';

export interface OpenWork {
  /** Appeals not yet closed or withdrawn, by status. */
  byStatus: Record<string, number>;
  overdue: number;
  supervised: number;
  notifications: { pending: number; failed: number };
  /** Submissions accepted (answered 202) whose registration is not on the ledger yet. */
  registering: number;
}

const OPEN = sql<boolean>`status not in ('closed', 'withdrawn')`;

/** The ledger's open work in four aggregate reads (the operations metrics). */
export async function readOpenWork(db: Kysely<Database>): Promise<OpenWork> {
  const [byStatus, flags, waiting, registering] = await Promise.all([
    db
      .selectFrom('appeals')
      .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
      .where(OPEN)
      .groupBy('status')
      .execute(),
    db
      .selectFrom('appeals')
      .select([sql<string>`count(*) filter (where overdue)`.as('overdue'), sql<string>`count(*) filter (where supervised)`.as('supervised')])
      .where(OPEN)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('notifications')
      .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
      .where('status', 'in', ['pending', 'failed'])
      .groupBy('status')
      .execute(),
    countRegistering(db),
  ]);
  const waitingWith = (status: string) => Number(waiting.find((row) => row.status === status)?.n ?? 0);
  return {
    byStatus: Object.fromEntries(byStatus.map((row) => [row.status, Number(row.n)])),
    overdue: Number(flags.overdue),
    supervised: Number(flags.supervised),
    notifications: { pending: waitingWith('pending'), failed: waitingWith('failed') },
    registering,
  };
}
