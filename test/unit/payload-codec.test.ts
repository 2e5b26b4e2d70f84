import { METADATA_ENCODING_KEY, type Payload } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { dataConverterFor } from '../../codec/data-converter.js';
import { ENCRYPTED_ENCODING, EncryptionCodec, KEY_ID_METADATA } from '../../codec/encryption-codec.js';
import { newPayloadKeyEntry, parsePayloadKeys, PLAINTEXT, type PayloadKeys } from '../../codec/payload-keys.js';
import { parseSettings, SettingsError } from '../../config/settings.js';

// The codec on its own: what it seals, what it opens after a rotation, what it leaves alone.

const text = (bytes: Uint8Array | null | undefined) => Buffer.from(bytes ?? new Uint8Array()).toString('utf8');
const jsonPayload = (value: unknown): Payload => ({
  metadata: { [METADATA_ENCODING_KEY]: Buffer.from('json/plain') },
  data: Buffer.from(JSON.stringify(value)),
});
const keys = (entries: string) => parsePayloadKeys(entries) as PayloadKeys;
const contact = { name: '张三', phone: '13800000000' };

describe('EncryptionCodec', () => {
  const oldEntry = newPayloadKeyEntry('old');
  const newEntry = newPayloadKeyEntry('new');

  it('seals a payload whole, names its key, and opens it again', async () => {
    const codec = new EncryptionCodec(keys(oldEntry));
    const [sealed] = await codec.encode([jsonPayload(contact)]);
    expect(text(sealed!.metadata![METADATA_ENCODING_KEY])).toBe(ENCRYPTED_ENCODING);
    expect(text(sealed!.metadata![KEY_ID_METADATA])).toBe('old');
    expect(Object.keys(sealed!.metadata!).sort()).toEqual([KEY_ID_METADATA, METADATA_ENCODING_KEY].sort());
    for (const needle of ['张三', '13800000000', 'json/plain']) expect(Buffer.from(sealed!.data!).includes(Buffer.from(needle))).toBe(false);

    const [opened] = await codec.decode([sealed!]);
    expect(text(opened!.metadata![METADATA_ENCODING_KEY])).toBe('json/plain');
    expect(JSON.parse(text(opened!.data))).toEqual(contact);
  });

  it('uses a fresh IV for every payload', async () => {
    const codec = new EncryptionCodec(keys(oldEntry));
    const [a, b] = await codec.encode([jsonPayload(contact), jsonPayload(contact)]);
    expect(Buffer.from(a!.data!).equals(Buffer.from(b!.data!))).toBe(false);
    expect(Buffer.from(a!.data!).subarray(0, 12).equals(Buffer.from(b!.data!).subarray(0, 12))).toBe(false);
  });

  it('after a rotation seals with the new key and still opens what the old one sealed', async () => {
    const [sealedBefore] = await new EncryptionCodec(keys(oldEntry)).encode([jsonPayload(contact)]);
    const rotated = new EncryptionCodec(keys(`${newEntry},${oldEntry}`));
    const [openedBefore] = await rotated.decode([sealedBefore!]);
    expect(JSON.parse(text(openedBefore!.data))).toEqual(contact);
    const [sealedAfter] = await rotated.encode([jsonPayload(contact)]);
    expect(text(sealedAfter!.metadata![KEY_ID_METADATA])).toBe('new');
    // Dropping the old key too early is loud, not silent.
    await expect(new EncryptionCodec(keys(newEntry)).decode([sealedBefore!])).rejects.toThrow(/no key "old"/);
  });

  it('passes through a payload written before encryption', async () => {
    const plain = jsonPayload(contact);
    const [opened] = await new EncryptionCodec(keys(oldEntry)).decode([plain]);
    expect(opened).toBe(plain);
  });

  it('refuses a payload that was tampered with', async () => {
    const codec = new EncryptionCodec(keys(oldEntry));
    const [sealed] = await codec.encode([jsonPayload(contact)]);
    const data = Buffer.from(sealed!.data!);
    data[20]! ^= 1;
    await expect(codec.decode([{ ...sealed!, data }])).rejects.toThrow();
  });
});

describe('TEMPORAL_PAYLOAD_KEYS', () => {
  const secret = Buffer.alloc(31, 9).toString('base64');

  it.each([
    ['a short key', `k1:${secret}`, /entry 1 \(id "k1"\) is not 32 bytes/],
    ['no id', 'k1', /entry 1 is not id:base64key/],
    ['an id twice', `${newPayloadKeyEntry('a')},${newPayloadKeyEntry('a')}`, /entry 2 repeats the id "a"/],
    ['a bad id', `bad id:${Buffer.alloc(32).toString('base64')}`, /entry 1 has an id/],
  ])('%s is refused with one line that names the setting and never quotes a key', (_case, value, reason) => {
    let error: SettingsError | undefined;
    try {
      parseSettings({ TEMPORAL_PAYLOAD_KEYS: value }, ['TEMPORAL_PAYLOAD_KEYS']);
    } catch (err) {
      error = err as SettingsError;
    }
    expect(error).toBeInstanceOf(SettingsError);
    expect(error!.message).toMatch(/^configuration: TEMPORAL_PAYLOAD_KEYS /);
    expect(error!.message).toMatch(reason);
    for (const key of value
      .split(',')
      .map((entry) => entry.split(':')[1])
      .filter(Boolean))
      expect(error!.message).not.toContain(key);
    expect(error!.message.split('\n')).toHaveLength(1);
  });

  it('is required, and none is the explicit choice of plaintext', () => {
    expect(() => parseSettings({}, ['TEMPORAL_PAYLOAD_KEYS'])).toThrow(/TEMPORAL_PAYLOAD_KEYS is required/);
    expect(parseSettings({ TEMPORAL_PAYLOAD_KEYS: 'none' }, ['TEMPORAL_PAYLOAD_KEYS']).TEMPORAL_PAYLOAD_KEYS).toBe(PLAINTEXT);
    expect(dataConverterFor(PLAINTEXT).payloadCodecs ?? []).toEqual([]);
  });
});
