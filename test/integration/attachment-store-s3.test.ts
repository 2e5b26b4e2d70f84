import { randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3AttachmentStore, signatureV4, type S3Location } from '../../db/attachment-store-s3.js';
import { startS3Standin, type S3Standin } from '../support/s3-standin.js';

// The S3 attachment store against a stand-in that checks Signature Version 4 as S3 does (test/support/s3-standin.ts),
// and the signing itself against AWS's own worked example.

const credentials = { accessKeyId: 'AKIATESTATTACHMENTS', secretAccessKey: 'attachments-test-secret/0123456789abcdef' };
let standin: S3Standin;
let location: S3Location;

beforeAll(async () => {
  standin = await startS3Standin(credentials);
  location = { endpoint: standin.url, bucket: standin.bucket, region: 'us-east-1', ...credentials };
});
afterAll(() => standin?.close());

const read = async (stream: Readable) => Buffer.concat(await stream.toArray());

describe('Signature Version 4', () => {
  it('gives the signature of AWS’s documented example (GET Object with a Range header)', () => {
    const { signature, signedHeaders, scope } = signatureV4('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', {
      method: 'GET',
      path: '/test.txt',
      query: '',
      headers: {
        host: 'examplebucket.s3.amazonaws.com',
        range: 'bytes=0-9',
        'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        'x-amz-date': '20130524T000000Z',
      },
      payloadHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      amzDate: '20130524T000000Z',
      region: 'us-east-1',
    });
    expect(scope).toBe('20130524/us-east-1/s3/aws4_request');
    expect(signedHeaders).toBe('host;range;x-amz-content-sha256;x-amz-date');
    expect(signature).toBe('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
  });
});

describe('the S3 attachment store', () => {
  it('stores bytes and gives them back unchanged, streamed in pieces', async () => {
    const store = s3AttachmentStore(location);
    const key = randomUUID();
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const pieces = Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000, 2_000_000), bytes.subarray(2_000_000)]);
    await store.put(key, pieces);
    expect(standin.objects.get(key)?.equals(bytes)).toBe(true);
    expect((await read(await store.get(key))).equals(bytes)).toBe(true);
  });

  it('deletes, and a deleted or unknown key is refused on GET', async () => {
    const store = s3AttachmentStore(location);
    const key = randomUUID();
    await store.put(key, Readable.from([Buffer.from('%PDF-1.4 a')]));
    await store.delete(key);
    expect(standin.objects.has(key)).toBe(false);
    await expect(store.get(key)).rejects.toThrow(/404.*NoSuchKey/s);
    await store.delete(key); // deleting what is gone is done
  });

  it('stores nothing when the bytes fail halfway', async () => {
    const store = s3AttachmentStore(location);
    const key = randomUUID();
    const failing = (async function* () {
      yield Buffer.from('part of a file');
      throw new Error('the client went away');
    })();
    await expect(store.put(key, failing)).rejects.toThrow('the client went away');
    expect(standin.objects.has(key)).toBe(false);
  });

  it('is refused with a wrong secret, an unknown key id or another region, and stores nothing', async () => {
    const key = randomUUID();
    const bytes = () => Readable.from([Buffer.from('evidence')]);
    await expect(s3AttachmentStore({ ...location, secretAccessKey: 'not-the-secret' }).put(key, bytes())).rejects.toThrow(/403.*SignatureDoesNotMatch/s);
    await expect(s3AttachmentStore({ ...location, accessKeyId: 'AKIAUNKNOWN' }).put(key, bytes())).rejects.toThrow(/403.*InvalidAccessKeyId/s);
    await expect(s3AttachmentStore({ ...location, region: 'cn-north-1' }).put(key, bytes())).rejects.toThrow(/400.*AuthorizationHeaderMalformed/s);
    await expect(s3AttachmentStore({ ...location, bucket: 'another-bucket' }).put(key, bytes())).rejects.toThrow(/404.*NoSuchBucket/s);
    expect(standin.objects.has(key)).toBe(false);
  });
});
