import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { sdkLogger } from '../../worker/sdk-logger.js';

// The Temporal SDK's log calls, as the worker's runtime makes them, end as the process's pino JSON lines.

function capture(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { log: pino({ name: 'worker', level }, sink), lines };
}

describe('the SDK logger', () => {
  it('maps each SDK level to pino’s and keeps the metadata as fields', () => {
    const { log, lines } = capture('trace');
    const sdk = sdkLogger(log);
    sdk.trace('t', { sdkComponent: 'worker' });
    sdk.debug('d');
    sdk.info('Worker state changed', { sdkComponent: 'worker', state: 'RUNNING', taskQueue: 'appeals' });
    sdk.warn('w');
    sdk.error('e');
    sdk.log('WARN', 'through log()', { activityType: 'recordStep' });
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [10, 't'],
      [20, 'd'],
      [30, 'Worker state changed'],
      [40, 'w'],
      [50, 'e'],
      [40, 'through log()'],
    ]);
    expect(lines[2]).toMatchObject({ name: 'worker', sdkComponent: 'worker', state: 'RUNNING', taskQueue: 'appeals' });
    expect(lines[5]).toMatchObject({ activityType: 'recordStep' });
  });

  it('writes an error in the metadata with its message and stack, and honours the pino level', () => {
    const { log, lines } = capture('warn');
    const sdk = sdkLogger(log);
    sdk.info('below the level');
    sdk.error('Activity failed', { error: new Error('ledger unreachable') });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, msg: 'Activity failed', error: { type: 'Error', message: 'ledger unreachable' } });
    expect((lines[0]!.error as { stack: string }).stack).toContain('ledger unreachable');
  });
});
