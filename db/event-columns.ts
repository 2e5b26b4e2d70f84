// A workflow's timeline event as its table's columns: appeals, meetings and accountability records keep their
// timelines alike, each table adding the column that names its owner.

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
