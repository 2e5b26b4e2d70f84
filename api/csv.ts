import type { Request, Response } from 'express';
import { z } from 'zod';

// CSV answers (RFC 4180) for routes whose figures go into reports: asked for with `Accept: text/csv`, headed by
// field names, or by Chinese labels with `?lang=zh`.

export const langQuery = z.enum(['en', 'zh']).optional().describe('CSV header language: zh for Chinese labels');

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
  let text = String(value);
  // A label or title typed by a person must not become a spreadsheet formula.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<T>(columns: readonly Column<T>[], rows: readonly T[], lang: 'en' | 'zh' = 'en'): string {
  const lines = [columns.map((c) => cell(lang === 'zh' ? c.zh : c.name)), ...rows.map((row) => columns.map((c) => cell(c.value(row))))];
  return lines.map((line) => line.join(',')).join('\r\n') + '\r\n';
}

export function sendCsv<T>(res: Response, filename: string, columns: readonly Column<T>[], rows: readonly T[], lang?: 'en' | 'zh') {
  res
    .status(200)
    .set({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}.csv"` })
    .send(toCsv(columns, rows, lang));
}

/** JSON, or the CSV rows of the same answer. */
export function answer<T, J>(res: Response<J>, csv: boolean, json: NoInfer<J>, table: { filename: string; columns: Column<T>[]; rows: T[]; lang?: 'en' | 'zh' | undefined }) {
  if (csv) sendCsv(res, table.filename, table.columns, table.rows, table.lang);
  else res.json(json);
}
