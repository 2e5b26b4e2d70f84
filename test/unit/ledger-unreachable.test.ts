import { describe, expect, it } from 'vitest';
import { isUnreachable } from '../../api/problem.js';

// Which database errors mean "the ledger is away, try again" (503) rather than a fault of ours (500).

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('isUnreachable', () => {
  it('takes connection failures, a server shutting down, and a database closed to connections', () => {
    expect(isUnreachable(pgError('08006', 'connection failure'))).toBe(true);
    expect(isUnreachable(pgError('57P01', 'terminating connection due to administrator command'))).toBe(true);
    expect(isUnreachable(pgError('55000', 'database "appeals" is not currently accepting connections'))).toBe(true);
    expect(isUnreachable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isUnreachable(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('leaves our own faults as they are', () => {
    expect(isUnreachable(pgError('55000', 'cannot execute this in the current state'))).toBe(false);
    expect(isUnreachable(pgError('23505', 'duplicate key value violates unique constraint'))).toBe(false);
    expect(isUnreachable(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isUnreachable(undefined)).toBe(false);
  });
});
