// A workflow's timeline event as its table's columns and back: appeals, meetings and accountability records keep
// their timelines alike, each table adding the column that names its owner.

export interface TimelineRow {
  seq: number;
  kind: string;
  at: number;
  actor?: unknown;
  data?: unknown;
}

export function eventColumns(e: TimelineRow) {
  return {
    seq: e.seq,
    kind: e.kind,
    at: new Date(e.at),
    actor: e.actor ? JSON.stringify(e.actor) : null,
    data: e.data ? JSON.stringify(e.data) : null,
  };
}

/** A timeline row read back as its event, `kind` typed as the caller's timeline has it. */
export function eventOfRow<K extends string, R extends { seq: number; kind: string; at: Date; actor: unknown; data: unknown }>(r: R) {
  return {
    seq: r.seq,
    kind: r.kind as K,
    at: r.at.getTime(),
    ...(r.actor ? { actor: r.actor as NonNullable<R['actor']> } : {}),
    ...(r.data ? { data: r.data as NonNullable<R['data']> } : {}),
  };
}
