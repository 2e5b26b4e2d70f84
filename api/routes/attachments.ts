import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import busboy from 'busboy';
import { fileTypeFromBuffer } from 'file-type';
import type { Kysely } from 'kysely';
import { postgresAttachmentStore, type AttachmentStore, type Storage } from '../../db/attachment-store.js';
import { countAttachments, findAttachment, listAttachments, recordAttachment, type Attachment } from '../../db/attachments.js';
import type { Database } from '../../db/schema.js';
import { readableAppeal } from '../appeal-access.js';
import { enterpriseActor } from '../audience.js';
import type { Caller, Role } from '../auth.js';
import { HttpProblem, badRequest, conflict, notFound, unavailable } from '../problem.js';
import type { RouteTable } from '../route-table.js';
import type { Views } from '../views.js';
import { z } from 'zod';
import { actorShape, instant, list } from '../answer-shapes.js';

const attachmentShape = z.object({
  id: z.string(),
  name: z.string(),
  size: z.int(),
  contentType: z.string(),
  sha256: z.string(),
  uploader: actorShape,
  uploadedAt: instant,
  href: z.string(),
});

// Evidence attached to an appeal (issue 17): anyone who may read the appeal uploads and reads its files, never the
// public. A file's type is what its bytes are, not what its name or the client says: a `.pdf` that is text is 415.

interface Deps {
  db: Kysely<Database>;
  /** Where new attachments' bytes go; those already in Postgres are read from there whatever this is. */
  store: AttachmentStore;
  views: Views;
}

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_APPEAL = 50;

/** The types taken, by the media type file-type recognises, with the words a refusal uses. */
const ACCEPTED: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

/** What the type is read from: a DOCX or XLSX is told from another zip by `[Content_Types].xml`, an early entry. */
const SAMPLE_BYTES = 64 * 1024;

const tooLarge = () => new HttpProblem(413, 'Payload too large', `an attachment is at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MiB`);
const noFile = () => badRequest([{ field: 'file', message: 'must be a multipart/form-data body with one `file` part' }]);

interface Received {
  name: string;
  size: number;
  contentType: string;
  sha256: string;
}

// eslint-disable-next-line no-control-regex -- matching the control characters is the point: they are taken out
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** A client's file name as a name only: no folders (some browsers send the full path), no control characters. */
function fileName(raw: string | undefined): string {
  const name = (raw ?? '').split(/[/\\]/).pop()!.replace(CONTROL_CHARACTERS, '').trim().slice(0, 255);
  return name || 'attachment';
}

/**
 * Streams the one `file` part into the store under `key`, hashing and counting as it goes: the type is read from the
 * first bytes before anything is stored, and an upload past the limit fails the store's write, which then keeps
 * nothing. The part is always read to its end, so that the parser finishes the request and the client reads the answer.
 */
async function storeFile(file: Readable & { truncated?: boolean }, rawName: string | undefined, store: AttachmentStore, key: string): Promise<Received> {
  const parts = file[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  try {
    const head: Buffer[] = [];
    let sampled = 0;
    while (sampled < SAMPLE_BYTES) {
      const next = await parts.next();
      if (next.done) break;
      head.push(next.value);
      sampled += next.value.length;
    }
    const type = await fileTypeFromBuffer(Buffer.concat(head));
    if (!type || !Object.hasOwn(ACCEPTED, type.mime)) {
      throw new HttpProblem(
        415,
        'Unsupported media type',
        `the file is ${type ? type.mime : 'of no recognised type'}; attachments are ${Object.values(ACCEPTED).join(', ')}, recognised by their content, not their name`,
      );
    }
    const hash = createHash('sha256');
    let size = 0;
    await store.put(
      key,
      (async function* () {
        for (const piece of head) {
          hash.update(piece);
          size += piece.length;
          yield piece;
        }
        for (let next = await parts.next(); !next.done; next = await parts.next()) {
          hash.update(next.value);
          size += next.value.length;
          yield next.value;
        }
        if (file.truncated) throw tooLarge();
      })(),
    );
    return { name: fileName(rawName), size, contentType: type.mime, sha256: hash.digest('hex') };
  } finally {
    while (!(await parts.next()).done);
  }
}

/** Reads a multipart upload: its `file` part stored under `key` (storeFile); other parts are passed over. */
function receive(req: Request, store: AttachmentStore, key: string): Promise<Received> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // Browsers send a file's name in UTF-8 as it is, not RFC 5987-encoded: busboy would read it as Latin-1. Busboy
      // calls a file that reaches its limit truncated, so the limit is a byte past the largest file taken.
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { fileSize: MAX_ATTACHMENT_BYTES + 1, fields: 20, parts: 40 } });
    } catch {
      return reject(noFile());
    }
    let stored: Promise<Received> | undefined;
    parser.on('file', (field, file, info) => {
      if (field !== 'file' || stored) return void file.resume();
      stored = storeFile(file, info.filename, store, key);
      // Settled at 'close', when the whole request is read.
      stored.catch(() => undefined);
    });
    parser.on('error', () => reject(badRequest([{ field: '(body)', message: 'must be well-formed multipart/form-data' }])));
    parser.on('close', () => (stored ? stored.then(resolve, reject) : reject(noFile())));
    req.pipe(parser);
  });
}

/** `filename` for old clients (ASCII, no quotes), `filename*` with the name itself in UTF-8 (RFC 6266, RFC 5987). */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const attachmentLocation = (a: Pick<Attachment, 'appealId' | 'id'>) => `/v1/appeals/${a.appealId}/attachments/${a.id}`;

/** Whoever may read an appeal (readableAppeal decides which appeals): every role but the public. */
const ROLES: Role[] = ['office', 'department', 'enterprise', 'leader'];

export function attachmentRoutes(routes: RouteTable, { db, store, views }: Deps) {
  const postgres = postgresAttachmentStore(db);
  const stores: Partial<Record<Storage, AttachmentStore>> = { postgres, [store.kind]: store };

  /** An attachment as its reader sees it: the uploader by role and unit, and the person except to enterprises (audience.ts). */
  const view = (a: Attachment, caller: Caller) => ({
    id: a.id,
    name: a.name,
    size: a.size,
    contentType: a.contentType,
    sha256: a.sha256,
    uploader: views.actor(caller.role === 'enterprise' ? enterpriseActor(a.uploader) : a.uploader),
    uploadedAt: views.at(a.uploadedAt.getTime()),
    href: attachmentLocation(a),
  });

  routes.add(
    {
      method: 'post',
      path: '/v1/appeals/:id/attachments',
      tag: 'attachments',
      summary: `Attach a file to an appeal: multipart/form-data, one \`file\` part of at most 20 MiB; PDF, JPEG, PNG, DOCX or XLSX by its content; at most ${MAX_ATTACHMENTS_PER_APPEAL} per appeal`,
      roles: ROLES,
      unitScoped: true,
      upload: true,
      responses: {
        201: 'the attachment: {id, name, size, contentType, sha256, uploader, uploadedAt, href}',
        400: 'no `file` part, or not multipart/form-data',
        403: 'not an appeal this caller may read',
        404: 'no such appeal',
        409: `the appeal has ${MAX_ATTACHMENTS_PER_APPEAL} attachments already`,
        413: 'the file is over 20 MiB',
        415: 'the file is not PDF, JPEG, PNG, DOCX or XLSX by its content',
      },
      answers: { 201: attachmentShape },
      headers: { 201: { Location: true } },
    },
    async ({ req, res, caller, params }) => {
      const appealId = params.id!;
      await readableAppeal(db, caller, appealId);
      const full = () => conflict(`the appeal has ${MAX_ATTACHMENTS_PER_APPEAL} attachments already, the most it takes`);
      // Before reading the body, so a full appeal costs no upload; recordAttachment checks again under a lock.
      if ((await countAttachments(db, appealId)) >= MAX_ATTACHMENTS_PER_APPEAL) throw full();
      const id = randomUUID();
      const received = await receive(req, store, id);
      const recorded = await recordAttachment(db, { id, appealId, ...received, uploader: caller, storage: store.kind }, MAX_ATTACHMENTS_PER_APPEAL).catch(
        async (err: unknown) => {
          await store.delete(id);
          throw err;
        },
      );
      if (!recorded) {
        await store.delete(id);
        throw full();
      }
      res.status(201).location(attachmentLocation(recorded)).json(view(recorded, caller));
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/appeals/:id/attachments',
      tag: 'attachments',
      summary: 'The files attached to an appeal, oldest first',
      roles: ROLES,
      unitScoped: true,
      responses: {
        200: '{items: [{id, name, size, contentType, sha256, uploader, uploadedAt, href}]}',
        403: 'not an appeal this caller may read',
        404: 'no such appeal',
      },
      answers: { 200: list(attachmentShape) },
    },
    async ({ res, caller, params }) => {
      await readableAppeal(db, caller, params.id!);
      res.json({ items: (await listAttachments(db, params.id!)).map((a) => view(a, caller)) });
    },
  );

  routes.add(
    {
      method: 'get',
      path: '/v1/appeals/:id/attachments/:aid',
      tag: 'attachments',
      summary: 'One attached file’s bytes, as uploaded',
      roles: ROLES,
      unitScoped: true,
      contentType: Object.keys(ACCEPTED),
      responses: {
        200: 'the bytes, with their type as Content-Type, their SHA-256 as ETag and the name in Content-Disposition',
        403: 'not an appeal this caller may read',
        404: 'no such appeal, or no such attachment of it',
        503: 'the store holding the bytes is unreachable, or not configured in this process',
      },
      headers: { 200: { ETag: true, 'Content-Disposition': true } },
    },
    async ({ res, caller, params }) => {
      await readableAppeal(db, caller, params.id!);
      const a = await findAttachment(db, params.id!, params.aid!);
      if (!a) throw notFound(`no attachment ${params.aid} of appeal ${params.id}`);
      const holder = stores[a.storage];
      if (!holder) throw unavailable(`the attachment is in ${a.storage} storage, which this API process is not configured for`);
      const bytes = await holder.get(a.id);
      res.set({
        'Content-Type': a.contentType,
        'Content-Length': String(a.size),
        'Content-Disposition': contentDisposition(a.name),
        ETag: `"${a.sha256}"`,
        // Never rendered as anything but what it was recognised as.
        'X-Content-Type-Options': 'nosniff',
      });
      await pipeline(bytes, res).catch((err: unknown) => {
        // Once the bytes have started, an error can only cut the answer short (shorter than its Content-Length).
        if (!res.headersSent) throw err;
      });
    },
  );
}
