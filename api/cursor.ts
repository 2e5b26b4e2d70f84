import type { Cursor } from '../db/appeals.js';
import { badRequest } from './problem.js';

// The opaque `cursor` of lists paged newest first: the last item's instant and id, base64url JSON.

export function encodeCursor({ at, id }: Cursor): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

export function decodeCursor(raw: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString());
  } catch {
    parsed = undefined;
  }
  const [instant, id] = Array.isArray(parsed) ? parsed : [];
  const at = new Date(typeof instant === 'string' ? instant : NaN);
  if (Number.isNaN(at.getTime()) || typeof id !== 'string') {
    throw badRequest([{ field: 'cursor', message: 'is not a cursor this API returned' }]);
  }
  return { at, id };
}
