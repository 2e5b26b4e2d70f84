import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { sendCsv, writeCsv, type Column, type CsvFormat } from '../../api/csv.js';
import { problemHandler } from '../../api/problem.js';

type Row = { key: string | null; n: number | null };

const columns: Column<Row>[] = [
  { name: 'key', zh: '代码', value: (r) => r.key },
  { name: 'n', zh: '数量', value: (r) => r.n },
];

async function toCsv(rows: Row[], format?: CsvFormat): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeCsv(out, columns, rows, format);
  return Buffer.concat(chunks);
}

/** Runs `visit` against a real HTTP server whose one route answers `rows` as CSV. */
async function serving(rows: AsyncIterable<Row>, visit: (url: string) => Promise<void>, unexpected: unknown[] = []) {
  const app = express();
  app.get('/export', async (_req, res) => sendCsv(res, 'export', columns, rows));
  app.use(problemHandler((err) => unexpected.push(err)));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    await visit(`http://127.0.0.1:${(server.address() as AddressInfo).port}/export`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('CSV', () => {
  it('quotes what needs quoting, leaves empty cells for null, ends lines with CRLF', async () => {
    const rows = [
      { key: 'a,b', n: 1 },
      { key: 'say "hi"', n: null },
      { key: 'two\nlines', n: 84.4 },
      { key: 'carriage\rreturn', n: 2 },
      { key: null, n: 0 },
    ];
    expect((await toCsv(rows)).toString('utf8')).toBe('key,n\r\n"a,b",1\r\n"say ""hi""",\r\n"two\nlines",84.4\r\n"carriage\rreturn",2\r\n,0\r\n');
  });

  it('has Chinese headers with lang=zh', async () => {
    expect((await toCsv([], { lang: 'zh' })).toString('utf8')).toBe('代码,数量\r\n');
  });

  it('does not let a typed text become a spreadsheet formula', async () => {
    expect((await toCsv([{ key: '=SUM(A1)', n: -1 }])).toString('utf8')).toBe("key,n\r\n'=SUM(A1),-1\r\n");
  });

  it('starts with the UTF-8 byte order mark only when asked (bom)', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const marked = await toCsv([{ key: '企业', n: 1 }], { lang: 'zh', bom: true });
    expect(marked.subarray(0, 3)).toEqual(bom);
    expect(marked.subarray(3).toString('utf8')).toBe('代码,数量\r\n企业,1\r\n');
    expect((await toCsv([{ key: '企业', n: 1 }], { lang: 'zh' })).subarray(0, 3)).not.toEqual(bom);
  });

  it('streams: a client has the first rows before the last one is read', async () => {
    const total = 20_000;
    let clientHasBytes = false;
    let lastRowReadAfterClientHadBytes: boolean | undefined;
    async function* rows(): AsyncGenerator<Row> {
      for (let i = 0; i < total; i++) {
        if (i === total - 1) {
          // Wait (a bounded while) for the client's first bytes: an answer built in memory never sends them by now.
          for (let waited = 0; !clientHasBytes && waited < 5_000; waited += 10) await sleep(10);
          lastRowReadAfterClientHadBytes = clientHasBytes;
        }
        yield { key: `row-${i}`, n: i };
      }
    }
    await serving(rows(), async (url) => {
      const response = await fetch(url);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const reader = response.body!.getReader();
      const chunks: Uint8Array[] = [];
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        clientHasBytes = true;
        chunks.push(read.value);
      }
      expect(lastRowReadAfterClientHadBytes).toBe(true);
      const lines = Buffer.concat(chunks).toString('utf8').trimEnd().split('\r\n');
      expect(lines).toHaveLength(total + 1);
      expect(lines.at(-1)).toBe(`row-${total - 1},${total - 1}`);
    });
  });

  it('cuts the answer short when the rows fail midway, so the client cannot take it for the whole', async () => {
    async function* rows(): AsyncGenerator<Row> {
      for (let i = 0; i < 5_000; i++) yield { key: `row-${i}`, n: i };
      throw new Error('the ledger went away');
    }
    const unexpected: unknown[] = [];
    await serving(
      rows(),
      async (url) => {
        const response = await fetch(url);
        expect(response.status).toBe(200);
        await expect(response.text()).rejects.toThrow();
      },
      unexpected,
    );
    expect(unexpected).toEqual([new Error('the ledger went away')]);
  });

  it('answers problem+json when the rows fail before the first', async () => {
    const rows: AsyncIterable<Row> = { [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('the ledger is unreachable')) }) };
    await serving(rows, async (url) => {
      const response = await fetch(url);
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    });
  });
});
