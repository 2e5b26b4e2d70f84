import type { Connection } from '@temporalio/client';
import proto from '@temporalio/proto';
import { meetingSearchAttributeKeys } from '../workflows/meeting-messages.js';
import { searchAttributeKeys } from '../workflows/search-attributes.js';
import { isUnimplemented } from './server-features.js';

const { IndexedValueType } = proto.temporal.api.enums.v1;
const indexed = (type: string) => IndexedValueType[`INDEXED_VALUE_TYPE_${type}` as keyof typeof IndexedValueType];

/**
 * Registers the search attributes the workflow upserts (CONTRACT.md §2) that the namespace lacks; returns the
 * names it added. A workflow upserting an unknown attribute would fail its task, so workers check at start.
 */
export async function ensureSearchAttributes(connection: Connection, namespace: string): Promise<string[]> {
  const known = await registeredNames(connection, namespace);
  const missing = [...Object.values(searchAttributeKeys), ...Object.values(meetingSearchAttributeKeys)].filter((key) => !known.has(key.name));
  if (missing.length === 0) return [];
  try {
    await connection.operatorService.addSearchAttributes({
      namespace,
      searchAttributes: Object.fromEntries(missing.map((key) => [key.name, indexed(key.type)])),
    });
  } catch (err) {
    // Another process registering at the same moment is fine.
    if (!/already exists/i.test(String((err as Error).message))) throw err;
  }
  return missing.map((key) => key.name);
}

/** The time-skipping test server cannot list search attributes (it accepts adding them): then assume none. */
async function registeredNames(connection: Connection, namespace: string): Promise<Set<string>> {
  try {
    const existing = await connection.operatorService.listSearchAttributes({ namespace });
    return new Set(Object.keys(existing.customAttributes ?? {}));
  } catch (err) {
    if (isUnimplemented(err)) return new Set();
    throw err;
  }
}
