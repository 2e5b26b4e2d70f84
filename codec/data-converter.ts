import type { DataConverter } from '@temporalio/common';
import { EncryptionCodec } from './encryption-codec.js';
import { PLAINTEXT, type PayloadKeys } from './payload-keys.js';

/** What every Temporal client and worker of the product is given, so that they all read what the others wrote. */
export function dataConverterFor(keys: PayloadKeys | typeof PLAINTEXT): DataConverter {
  return keys === PLAINTEXT ? {} : { payloadCodecs: [new EncryptionCodec(keys)] };
}
