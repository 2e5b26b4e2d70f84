import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

// Where attachments' bytes live (issue 17): Postgres by default, S3-compatible storage when configured
// (db/attachment-store-s3.ts, config/attachment-store.ts). What each file is, and which store holds it, is in
// `attachments` (db/attachments.ts) whichever it is.

export type Storage = 'postgres' | 's3';

export interface AttachmentStore {
  readonly kind: Storage;
  /** Stores the bytes under `key`; when `bytes` throws, it rejects with that error and nothing stays stored. */
  put(key: string, bytes: AsyncIterable<Uint8Array>): Promise<void>;
  /** The bytes stored under `key`; rejects when there are none. */
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
}

/** A row per MiB: a 20 MiB file is neither one huge value to build and read at once, nor thousands of rows. */
const CHUNK_BYTES = 1024 * 1024;

/** The bytes in pieces of exactly `size` bytes, the last one shorter. */
async function* rechunk(bytes: AsyncIterable<Uint8Array>, size: number): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let length = 0;
  for await (const piece of bytes) {
    pending.push(Buffer.from(piece));
    length += piece.length;
    while (length >= size) {
      const all = Buffer.concat(pending);
      yield all.subarray(0, size);
      pending = [all.subarray(size)];
      length -= size;
    }
  }
  if (length > 0) yield Buffer.concat(pending);
}

export function postgresAttachmentStore(db: Kysely<Database>): AttachmentStore {
  const chunk = (key: string, seq: number) =>
    db.selectFrom('attachment_chunks').select('bytes').where('key', '=', key).where('seq', '=', seq).executeTakeFirst();
  const remove = async (key: string) => {
    await db.deleteFrom('attachment_chunks').where('key', '=', key).execute();
  };
  return {
    kind: 'postgres',
    async put(key, bytes) {
      // A statement per chunk rather than one transaction: a slow client then holds a MiB of memory, never one of the
      // pool's connections. Nobody reads the chunks before the attachment is recorded, after the last one; an upload
      // that fails halfway (too large, the client gone) has those written so far deleted.
      let seq = 0;
      try {
        for await (const piece of rechunk(bytes, CHUNK_BYTES)) {
          await db.insertInto('attachment_chunks').values({ key, seq: seq++, bytes: piece }).execute();
        }
      } catch (err) {
        await remove(key);
        throw err;
      }
    },
    async get(key) {
      const first = await chunk(key, 0);
      if (!first) throw new Error(`no bytes stored under ${key}`);
      // A chunk at a time, as the client takes them: a download holds one MiB in memory, not the file.
      return Readable.from(
        (async function* () {
          yield first.bytes;
          for (let seq = 1; ; seq++) {
            const next = await chunk(key, seq);
            if (!next) return;
            yield next.bytes;
          }
        })(),
      );
    },
    delete: remove,
  };
}
