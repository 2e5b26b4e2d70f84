import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingAttachments } from '../../db/attachments.js';
import { docx, jpeg, pdf, png, upload as uploadTo, xlsx, zip } from '../support/attachment-files.js';
import { seedLedger } from '../support/ledger-seed.js';
import { newCreditCode, startTestStack, type TestStack } from '../support/stack.js';

// Evidence attached to appeals (issue 17) through the real HTTP API into Postgres: who may upload and read, what a
// file is by its bytes, the size and count limits, and the bytes coming back as they went in.

let stack: TestStack;
let office: string;
let lead: string;
let bystander: string;
let owner: string;
let stranger: string;
const creditCode = newCreditCode();
let appealId: string;

beforeAll(async () => {
  stack = await startTestStack();
  await stack.department('lead', '发展和改革委员会');
  await stack.department('bystander', '自然资源和规划局');
  [office, lead, bystander, owner, stranger] = await Promise.all([
    stack.token('office'),
    stack.token('department', { department: 'lead' }),
    stack.token('department', { department: 'bystander' }),
    stack.token('enterprise', { creditCode }),
    stack.token('enterprise', { creditCode: newCreditCode() }),
  ]);
  appealId = (await seedAppeals(1))[0]!;
});
afterAll(() => stack?.teardown());

const seedAppeals = (n: number) =>
  seedLedger(
    stack.db,
    Array.from({ length: n }, () => ({
      registeredAt: Date.now(),
      status: 'in_progress' as const,
      lead: 'lead',
      enterprise: { name: '绵阳测试科技有限公司', creditCode, contact: { name: '张三', phone: '13800000000' } },
    })),
  );

const upload = (id: string, token: string | undefined, bytes: Buffer, name: string, field = 'file') => uploadTo(stack, id, token, bytes, name, field);

async function download(id: string, aid: string, token: string) {
  const response = await fetch(`${stack.baseUrl}/v1/appeals/${id}/attachments/${aid}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const MiB = 1024 * 1024;

describe('uploading evidence', () => {
  it('takes PDF, PNG, JPEG, DOCX and XLSX from everyone who reads the appeal, each recognised by its bytes', async () => {
    const files = [
      { token: owner, bytes: pdf(), name: '营业执照 (副本).pdf', type: 'application/pdf', role: 'enterprise' },
      { token: lead, bytes: png(), name: 'C:\\Users\\clerk\\现场照片.png', type: 'image/png', role: 'department' },
      { token: office, bytes: jpeg(), name: 'scan', type: 'image/jpeg', role: 'office' },
      {
        token: lead,
        bytes: docx(),
        name: '情况说明.docx',
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        role: 'department',
      },
      { token: owner, bytes: xlsx(), name: '明细.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', role: 'enterprise' },
    ];
    const [id] = await seedAppeals(1);
    for (const f of files) {
      const answer = await upload(id!, f.token, f.bytes, f.name);
      expect(answer.status, f.name).toBe(201);
      expect(answer.body).toMatchObject({ size: f.bytes.length, contentType: f.type, sha256: sha256(f.bytes), uploader: { role: f.role } });
      expect(answer.headers.get('location')).toBe(`/v1/appeals/${id}/attachments/${answer.body.id}`);
      expect(answer.body.href).toBe(answer.headers.get('location'));
    }
    const list = await stack.api('GET', `/v1/appeals/${id}/attachments`, office);
    expect(list.status).toBe(200);
    expect(list.body.items.map((a: { name: string }) => a.name)).toEqual(['营业执照 (副本).pdf', '现场照片.png', 'scan', '情况说明.docx', '明细.xlsx']);
    expect(list.body.items[1]).toEqual({
      id: expect.any(String),
      name: '现场照片.png',
      size: files[1]!.bytes.length,
      contentType: 'image/png',
      sha256: sha256(files[1]!.bytes),
      uploader: { role: 'department', department: 'lead' },
      uploadedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/),
      href: `/v1/appeals/${id}/attachments/${list.body.items[1].id}`,
    });
  });

  it('downloads the bytes as uploaded, with type, length, SHA-256 as ETag and the name in Content-Disposition', async () => {
    const bytes = pdf('原件');
    const { body: a } = await upload(appealId, owner, bytes, '营业执照 (2026).pdf');
    for (const token of [owner, lead, office]) {
      const got = await download(appealId, a.id, token);
      expect(got.status).toBe(200);
      expect(got.bytes.equals(bytes)).toBe(true);
      expect(got.headers.get('content-type')).toBe('application/pdf');
      expect(got.headers.get('content-length')).toBe(String(bytes.length));
      expect(got.headers.get('etag')).toBe(`"${sha256(bytes)}"`);
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      expect(got.headers.get('content-disposition')).toBe(
        `attachment; filename="____ (2026).pdf"; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20%282026%29.pdf`,
      );
    }
  });

  it('takes exactly 20 MiB (stored in 1 MiB chunks, read back whole) and refuses a byte more with 413, keeping nothing', async () => {
    const [id] = await seedAppeals(1);
    const largest = Buffer.concat([pdf(), Buffer.alloc(20 * MiB - pdf().length, 0x20)]);
    const taken = await upload(id!, owner, largest, 'largest.pdf');
    expect(taken.status).toBe(201);
    expect((await download(id!, taken.body.id, owner)).bytes.equals(largest)).toBe(true);
    const chunks = await stack.db.selectFrom('attachment_chunks').select('seq').where('key', '=', taken.body.id).execute();
    expect(chunks).toHaveLength(20);

    const before = await stack.db
      .selectFrom('attachment_chunks')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const refused = await upload(id!, owner, Buffer.concat([largest, Buffer.from(' ')]), 'too-large.pdf');
    expect(refused.status).toBe(413);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.body.detail).toMatch(/20 MiB/);
    const after = await stack.db
      .selectFrom('attachment_chunks')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect((await stack.api('GET', `/v1/appeals/${id}/attachments`, owner)).body.items).toHaveLength(1);
  });

  it('refuses what its bytes say is not an accepted type, whatever its name: 415', async () => {
    for (const [bytes, name] of [
      [Buffer.from('this is plain text, not a PDF'), 'fake.pdf'],
      [zip({ 'a.txt': 'a zip that is no Office document' }), 'fake.docx'],
      [Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'photo.png'],
    ] as const) {
      const answer = await upload(appealId, owner, bytes, name);
      expect(answer.status, name).toBe(415);
      expect(answer.body.detail).toMatch(/PDF, JPEG, PNG, DOCX, XLSX, recognised by their content/);
    }
    expect((await stack.api('GET', `/v1/appeals/${appealId}/attachments`, owner)).body.items.map((a: { name: string }) => a.name)).not.toContain('fake.pdf');
  });

  it('asks for one multipart `file` part: 400 otherwise', async () => {
    expect((await upload(appealId, owner, pdf(), 'a.pdf', 'document')).status).toBe(400);
    const json = await stack.api('POST', `/v1/appeals/${appealId}/attachments`, owner, { file: 'JVBERi0=' });
    expect(json.status).toBe(400);
    expect(json.body.detail).toMatch(/multipart\/form-data/);
  });

  it(`takes at most 50 per appeal, also when they arrive at once: 409 past that, keeping no bytes of the refused`, async () => {
    const [id] = await seedAppeals(1);
    const answers = await Promise.all(Array.from({ length: 53 }, (_, i) => upload(id!, lead, png(), `photo-${i}.png`)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(50);
    const refused = answers.filter((a) => a.status !== 201);
    expect(refused.map((a) => a.status)).toEqual([409, 409, 409]);
    expect(refused[0]!.body.detail).toMatch(/50 attachments already/);
    expect((await stack.api('GET', `/v1/appeals/${id}/attachments`, lead)).body.items).toHaveLength(50);
    const ids = (await stack.db.selectFrom('attachments').select('id').where('appeal_id', '=', id!).execute()).map((r) => r.id);
    const keys = await stack.db.selectFrom('attachment_chunks').select('key').distinct().where('key', 'in', ids).execute();
    expect(keys).toHaveLength(50);
    expect((await upload(id!, lead, png(), 'one-more.png')).status).toBe(409);
  });
});

describe('who reaches an appeal’s attachments', () => {
  let aid: string;
  beforeAll(async () => {
    aid = (await upload(appealId, lead, png(), 'site.png')).body.id;
  });

  it('a department not handling the appeal and another enterprise: 403 on upload, list and download', async () => {
    for (const token of [bystander, stranger]) {
      expect((await upload(appealId, token, pdf(), 'x.pdf')).status).toBe(403);
      expect((await stack.api('GET', `/v1/appeals/${appealId}/attachments`, token)).status).toBe(403);
      expect((await download(appealId, aid, token)).status).toBe(403);
    }
  });

  it('an unknown appeal, or an attachment of another appeal: 404', async () => {
    const unknown = randomUUID();
    expect((await upload(unknown, office, pdf(), 'x.pdf')).status).toBe(404);
    expect((await stack.api('GET', `/v1/appeals/${unknown}/attachments`, office)).status).toBe(404);
    const [other] = await seedAppeals(1);
    expect((await download(other!, aid, office)).status).toBe(404);
    expect((await download(appealId, randomUUID(), office)).status).toBe(404);
  });

  it('no token: 401, never public', async () => {
    expect((await upload(appealId, undefined, pdf(), 'x.pdf')).status).toBe(401);
    expect((await stack.api('GET', `/v1/appeals/${appealId}/attachments`)).status).toBe(401);
    expect((await stack.api('GET', `/v1/appeals/${appealId}/attachments/${aid}`)).status).toBe(401);
  });

  it('missingAttachments names the ids that are not this appeal’s attachments', async () => {
    const [other] = await seedAppeals(1);
    const elsewhere = (await upload(other!, owner, pdf(), 'elsewhere.pdf')).body.id as string;
    const unknown = randomUUID();
    expect(await missingAttachments(stack.db, appealId, [aid, elsewhere, unknown, unknown])).toEqual([elsewhere, unknown]);
    expect(await missingAttachments(stack.db, appealId, [aid])).toEqual([]);
    expect(await missingAttachments(stack.db, appealId, [])).toEqual([]);
  });
});

describe('the OpenAPI document', () => {
  it('describes the upload as multipart/form-data with a binary `file` part, and the download as bytes', async () => {
    const doc = (await stack.api('GET', '/openapi.json')).body;
    const post = doc.paths['/v1/appeals/{id}/attachments'].post;
    expect(post.requestBody.content['multipart/form-data'].schema).toMatchObject({
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    });
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '404', '409', '413', '415', '429']));
    const get = doc.paths['/v1/appeals/{id}/attachments/{aid}'].get;
    expect(Object.keys(get.responses['200'].content)).toEqual([
      'application/pdf',
      'image/jpeg',
      'image/png',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(Object.keys(get.responses['200'].headers)).toEqual(['ETag', 'Content-Disposition']);
    expect(post.description).toBe('Roles: office, department, enterprise, leader, admin.');
  });
});
