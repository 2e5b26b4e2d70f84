import type { Response } from 'express';
import type { Registering } from '../db/registering.js';

// What POST /v1/appeals and GET /v1/appeals/:id answer about a submission that is accepted (its workflow runs) but
// not yet on the ledger: 202, its id and the receipt number the enterprise can quote meanwhile, and when to ask again.

/** Registration is already past the submission's answer bound by then: polling faster only adds load. */
const RETRY_AFTER_SECONDS = 5;

export const appealLocation = (id: string) => `/v1/appeals/${id}`;

export function sendRegistering(res: Response, r: Registering): void {
  res.status(202).set('Retry-After', String(RETRY_AFTER_SECONDS)).json({ id: r.appealId, receiptNumber: r.receiptNumber, status: 'registering' });
}
