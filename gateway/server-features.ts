// What the connected Temporal server cannot do: the time-skipping test server answers gRPC UNIMPLEMENTED for
// Schedules and for listing search attributes. The client reports it on the error or, wrapped, on its cause.

const UNIMPLEMENTED = 12;

export function isUnimplemented(err: unknown): boolean {
  const e = err as { code?: unknown; cause?: { code?: unknown } } | undefined;
  return e?.code === UNIMPLEMENTED || e?.cause?.code === UNIMPLEMENTED;
}
