import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newPayloadKeyEntry } from '../codec/payload-keys.js';

// Secrets `npm start` makes on its first run and keeps in the data folder (owner-only), because what it protects
// lives there too: the admin token opens the API, and without the payload key Temporal's histories cannot be read.

export interface KeptSecret {
  value: string;
  file: string;
  generated: boolean;
}

async function keptSecret(file: string, generate: () => string): Promise<KeptSecret> {
  const saved = await readFile(file, 'utf8').then(
    (text) => text.trim(),
    () => '',
  );
  if (saved) return { value: saved, file, generated: false };
  const value = generate();
  await writeFile(file, `${value}\n`, { mode: 0o600 });
  return { value, file, generated: true };
}

export function keptAdminToken(dataDir: string): Promise<KeptSecret> {
  return keptSecret(join(dataDir, 'admin-token'), () => randomBytes(24).toString('base64url'));
}

/** TEMPORAL_PAYLOAD_KEYS for a local stack; the id carries the day it was made, so a rotated-in key can be told apart. */
export function keptPayloadKeys(dataDir: string): Promise<KeptSecret> {
  const day = new Date().toISOString().slice(0, 10).replaceAll('-', '');
  return keptSecret(join(dataDir, 'payload-keys'), () => newPayloadKeyEntry(`local-${day}`));
}
