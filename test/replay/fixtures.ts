import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { History } from '@temporalio/common/lib/proto-utils.js';
import proto from '@temporalio/proto';

// Replay fixtures: histories of real runs (appeals' lifecycles, a delivery's retries), written by the tests that
// ran them when RECORD_HISTORIES is set.

export const HISTORIES_DIR = fileURLToPath(new URL('./histories/', import.meta.url));
/** Histories recorded by earlier workflow code, kept so the `patched()` paths of runs started then still replay. */
export const EARLIER_HISTORIES_DIR = `${HISTORIES_DIR}earlier/`;

// Histories are stored as protobufjs' own JSON object form rather than through historyToJSON/historyFromJSON:
// in this install @temporalio/common and @temporalio/proto each carry their own protobufjs 8, and the
// proto-JSON converter rejects the other copy's types ("type must be a Type").
const HistoryMessage = proto.temporal.api.history.v1.History;
const AS_JSON = { longs: String, enums: String, bytes: String } as const;

/** Stack traces name the folders of the machine that recorded them; replay never reads them. */
const withoutStackTraces = (key: string, value: unknown) => (key === 'stackTrace' ? '' : value);

export function historyToFixture(history: History): string {
  return JSON.stringify(HistoryMessage.toObject(HistoryMessage.fromObject(history), AS_JSON), withoutStackTraces, 1) + '\n';
}

/** A fixture back as a History message (64-bit event ids as Long, so the replayer takes it as it is). */
export function historyFromFixture(text: string): History {
  return HistoryMessage.fromObject(JSON.parse(text) as Record<string, unknown>);
}

/** Keeps a workflow's history as the replay fixture `name` when RECORD_HISTORIES is set; answers it either way. */
export async function keepHistory(handle: { fetchHistory(): Promise<History> }, name: string): Promise<History> {
  const history = await handle.fetchHistory();
  if (process.env.RECORD_HISTORIES) {
    await mkdir(HISTORIES_DIR, { recursive: true });
    await writeFile(`${HISTORIES_DIR}${name}.json`, historyToFixture(history));
  }
  return history;
}
