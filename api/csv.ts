import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { flag } from '../domain/steps.js';

// CSV answers (RFC 4180) for routes whose figures go into reports: asked for with `Accept: text/csv`, headed by
// field names, or by Chinese labels with `?lang=zh`. They stream row by row, so a ledger of any size costs the API
// one page of rows at a time.

/** The query parameters of every route that answers CSV. */
export const csvQuery = {
  lang: z.enum(['en', 'zh']).optional().describe('CSV header language: zh for Chinese labels'),
  bom: flag.optional().describe('CSV only: true starts the answer with a UTF-8 byte order mark, so that Excel reads the Chinese text as UTF-8'),
};

export interface CsvFormat {
  lang?: 'en' | 'zh' | undefined;
  bom?: boolean | undefined;
}

export interface Column<T> {
  /** The header in English: the JSON field's name. */
  name: string;
  zh: string;
  value: (row: T) => unknown;
}

/** True when the client prefers CSV to JSON; Accept: any type gets JSON. */
export function wantsCsv(req: Request): boolean {
  return req.accepts(['application/json', 'text/csv']) === 'text/csv';
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A label or title typed by a person must not become a spreadsheet formula (numbers such as -1 stay numbers).
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

async function* records<T>(columns: readonly Column<T>[], rows: Iterable<T> | AsyncIterable<T>, lang: CsvFormat['lang']) {
  yield columns.map((c) => (lang === 'zh' ? c.zh : c.name));
  for await (const row of rows) yield columns.map((c) => cell(c.value(row)));
}

/** Writes the CSV to `out` as the rows come, waiting while `out` is full. */
export function writeCsv<T>(out: Writable, columns: readonly Column<T>[], rows: Iterable<T> | AsyncIterable<T>, format: CsvFormat = {}): Promise<void> {
  const csv = stringify({ bom: format.bom ?? false, record_delimiter: 'windows', quote_record_delimiter: true });
  return pipeline(Readable.from(records(columns, rows, format.lang)), csv, out);
}

/** The rows again, with the first already read: what fails before the answer starts still answers problem+json. */
async function startedRows<T>(rows: Iterable<T> | AsyncIterable<T>): Promise<AsyncIterable<T>> {
  const iterator = Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
  const first = await iterator.next();
  return (async function* () {
    for (let next = first; !next.done; next = await iterator.next()) yield next.value;
  })();
}

export async function sendCsv<T>(res: Response, filename: string, columns: readonly Column<T>[], rows: Iterable<T> | AsyncIterable<T>, format?: CsvFormat) {
  const started = await startedRows(rows);
  res.status(200).set({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}.csv"` });
  // Once bytes are out, a failure can only cut the answer short (problemHandler closes the connection without the
  // final chunk, so the client sees it incomplete); a client that leaves midway is no failure of ours.
  await writeCsv(res, columns, started, format).catch((err: unknown) => {
    if ((err as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw err;
  });
}

/** JSON, or the CSV rows of the same answer. */
export async function answer<T, J>(
  res: Response<J>,
  csv: boolean,
  json: NoInfer<J>,
  table: { filename: string; columns: Column<T>[]; rows: T[]; format: CsvFormat },
) {
  if (csv) await sendCsv(res, table.filename, table.columns, table.rows, table.format);
  else res.json(json);
}
