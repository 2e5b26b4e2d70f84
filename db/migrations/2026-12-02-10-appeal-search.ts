import { sql, type Kysely } from 'kysely';
import { SEARCHED_EVENTS, eventTexts, indexText } from '../../domain/search-text.js';

// Search in Chinese (issue 18): each appeal's searched texts as character bigrams (domain/search-text.ts) in one
// tsvector, `search`, with one GIN index. An enterprise searches only what it reads, so its texts (title,
// description, the answers it is given) are at weight A and the government's own (progress, notes, explanations)
// at B: the enterprise's query asks for weight A. The ledger appends to it as events arrive (db/search.ts); the
// bigram text itself is not kept, which would make every row of `appeals` a third wider for a search to read. The
// backfill splits existing texts with today's domain/search-text.ts; should that change how it splits, a later
// migration must split the ledger again. Kysely<any>: a migration describes the past.

const BATCH = 1_000;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('appeals')
    .addColumn('search', sql`tsvector`, (c) => c.notNull().defaultTo(sql`''::tsvector`))
    .execute();

  for (let after = ''; ;) {
    const appeals: { id: string; title: string; description: string }[] = await db
      .selectFrom('appeals')
      .select(['id', sql<string>`state->>'title'`.as('title'), sql<string>`state->>'description'`.as('description')])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (appeals.length === 0) break;
    after = appeals.at(-1)!.id;
    const events = await db
      .selectFrom('appeal_events')
      .select(['appeal_id', 'kind', 'data'])
      .where(
        'appeal_id',
        'in',
        appeals.map((a) => a.id),
      )
      .where('kind', 'in', Object.keys(SEARCHED_EVENTS))
      .orderBy('appeal_id')
      .orderBy('seq')
      .execute();
    const eventsOf = new Map<string, typeof events>();
    for (const e of events) eventsOf.set(e.appeal_id, [...(eventsOf.get(e.appeal_id) ?? []), e]);
    const texts = appeals.map((a) => {
      const { shared, internal } = eventTexts(eventsOf.get(a.id) ?? []);
      return { id: a.id, shared: indexText([a.title ?? '', a.description ?? '', ...shared]), internal: indexText(internal) };
    });
    await sql`
      update appeals set search = setweight(to_tsvector('simple', t.shared), 'A') || setweight(to_tsvector('simple', t.internal), 'B')
      from unnest(${texts.map((t) => t.id)}::text[], ${texts.map((t) => t.shared)}::text[], ${texts.map((t) => t.internal)}::text[]) as t(id, shared, internal)
      where appeals.id = t.id`.execute(db);
  }
  await db.schema.createIndex('appeals_search').on('appeals').using('gin').column('search').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('appeals').dropColumn('search').execute();
}
