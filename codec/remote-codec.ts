import express, { type NextFunction, type Request, type Response } from 'express';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { z } from 'zod';
import { sameSecret } from '../api/auth.js';
import { HttpProblem, problemHandler, sendProblem, unauthorized, unknownRoute } from '../api/problem.js';

// Temporal's remote codec protocol, for the Web UI and `temporal --codec-endpoint`: POST /encode and /decode with
// `{payloads: [{metadata: {name: base64}, data: base64}]}`, the proto JSON of Payloads. Whoever may call it reads
// every contact in Temporal, so it wants the admin token (a header), or the UI key in the path (`/ui/<key>/…`)
// because a browser UI without single sign-on cannot send a header.

export interface CodecServerDeps {
  codec: PayloadCodec;
  /** The namespace whose payloads these keys seal; the UI names the one it shows in X-Namespace. */
  namespace: string;
  adminToken: string;
  uiKey?: string;
  corsOrigins: readonly string[];
  onUnexpected: (err: unknown) => void;
}

// Histories can be long; the UI sends a page of events' payloads at once.
const BODY_LIMIT = '16mb';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');
// Proto JSON leaves out empty fields: the CLI sends `{}` for no payloads, and a payload without data has none.
const payloadsBody = z.object({
  payloads: z.array(z.object({ metadata: z.record(z.string(), base64).nullish(), data: base64.nullish() })).default([]),
});
type JsonPayload = z.infer<typeof payloadsBody>['payloads'][number];

const fromJson = ({ metadata, data }: JsonPayload): Payload => ({
  metadata: Object.fromEntries(Object.entries(metadata ?? {}).map(([name, value]) => [name, Buffer.from(value, 'base64')])),
  data: Buffer.from(data ?? '', 'base64'),
});

const toJson = ({ metadata, data }: Payload): JsonPayload => ({
  metadata: Object.fromEntries(Object.entries(metadata ?? {}).map(([name, value]) => [name, Buffer.from(value).toString('base64')])),
  data: Buffer.from(data ?? new Uint8Array()).toString('base64'),
});

export function createCodecServer({ codec, namespace, adminToken, uiKey, corsOrigins, onUnexpected }: CodecServerDeps) {
  const app = express();
  app.disable('x-powered-by');

  app.use((req, res, next) => {
    const origin = req.get('origin');
    if (origin && corsOrigins.includes(origin)) {
      res.set({
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'POST',
        'Access-Control-Allow-Headers': 'Content-Type, X-Namespace, Authorization',
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    if (req.method === 'OPTIONS') return void res.status(204).end();
    next();
  });

  const byHeader = (req: Request, _res: Response, next: NextFunction) => {
    const token = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
    next(token && sameSecret(token, adminToken) ? undefined : unauthorized('the admin token is required'));
  };
  const byPathKey = (req: Request<{ key: string }>, _res: Response, next: NextFunction) => {
    next(uiKey && sameSecret(req.params.key, uiKey) ? undefined : unauthorized('unknown UI key'));
  };
  const sameNamespace = (req: Request, _res: Response, next: NextFunction) => {
    const asked = req.get('x-namespace');
    next(asked && asked !== namespace ? new HttpProblem(403, 'Forbidden', `this codec serves the namespace ${namespace}`) : undefined);
  };

  for (const [direction, convert] of [
    ['encode', (payloads: Payload[]) => codec.encode(payloads)],
    ['decode', (payloads: Payload[]) => codec.decode(payloads)],
  ] as const) {
    const handle = async (req: Request, res: Response) => {
      const body = payloadsBody.safeParse(req.body);
      if (!body.success) throw new HttpProblem(400, 'Invalid input', `expected {payloads: [{metadata, data}]}: ${body.error.issues[0]!.message}`);
      // A payload sealed with a key this server lacks, or tampered with, is the caller's problem, not a crash.
      const payloads = await convert(body.data.payloads.map(fromJson)).catch((err: unknown) => {
        throw new HttpProblem(422, 'Cannot convert', `the payloads could not be ${direction}d: ${(err as Error).message}`);
      });
      res.json({ payloads: payloads.map(toJson) });
    };
    const json = express.json({ limit: BODY_LIMIT });
    app.post(`/${direction}`, byHeader, sameNamespace, json, handle);
    app.post(`/ui/:key/${direction}`, byPathKey, sameNamespace, json, handle);
  }

  app.use(unknownRoute);
  const problems = problemHandler(onUnexpected);
  app.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    // express.json's own errors (a body too large or not JSON) carry their status.
    const status = (err as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500 && !(err instanceof HttpProblem)) {
      return sendProblem(res, new HttpProblem(status, 'Invalid input', (err as Error).message));
    }
    problems(err, req, res, next);
  });
  return app;
}
