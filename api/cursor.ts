import type { Cursor } from '../db/appeals.js';
import { badRequest } from './problem.js';

// The opaque `cursor` of lists paged newest first: the last item's instant and id, and a search's rank, base64url JSON.

export function encodeCursor({ at, id, rank }: Cursor): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id, ...(rank === undefined ? [] : [rank])])).toString('base64url');
}

export function decodeCursor(raw: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString());
  } catch {
    parsed = undefined;
  }
  const [instant, id, rank] = Array.isArray(parsed) ? parsed : [];
  const at = new Date(typeof instant === 'string' ? instant : NaN);
  if (Number.isNaN(at.getTime()) || typeof id !== 'string' || !(rank === undefined || Number.isFinite(rank))) {
    throw badRequest([{ field: 'cursor', message: 'is not a cursor this API returned' }]);
  }
  return { at, id, ...(rank === undefined ? {} : { rank: rank as number }) };
}
