import type { Cursor } from '../db/appeals.js';
import { badRequest } from './problem.js';

// The opaque `cursor` of lists paged newest first: the last item's registration instant and id, base64url JSON.

export function encodeCursor({ registeredAt, id }: Cursor): string {
  return Buffer.from(JSON.stringify([registeredAt.toISOString(), id])).toString('base64url');
}

export function decodeCursor(raw: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString());
  } catch {
    parsed = undefined;
  }
  const [at, id] = Array.isArray(parsed) ? parsed : [];
  const registeredAt = new Date(typeof at === 'string' ? at : NaN);
  if (Number.isNaN(registeredAt.getTime()) || typeof id !== 'string') {
    throw badRequest([{ field: 'cursor', message: 'is not a cursor this API returned' }]);
  }
  return { registeredAt, id };
}
