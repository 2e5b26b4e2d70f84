import { describe, expect, it } from 'vitest';
import { parsePersistenceCounts, storeWorkBetween } from '../../bench/server-writes.js';

// The bench's count of what the Temporal server writes to its store per call, from the dev server's /metrics.

const metrics = (appends: number, gets: number, visibility: number) => `# HELP persistence_requests persistence_requests counter
# TYPE persistence_requests counter
persistence_requests{namespace="default",operation="AppendHistoryNodes",service_name="history"} ${appends}
persistence_requests{namespace="system",operation="AppendHistoryNodes",service_name="history"} 2
persistence_requests{namespace="default",operation="GetWorkflowExecution",service_name="history"} ${gets}
persistence_requests{namespace="default",operation="UpdateWorkflowExecution",service_name="history"} 7
persistence_requests_latency_bucket{operation="AppendHistoryNodes",le="0.005"} 999
visibility_persistence_requests{namespace="default",operation="UpsertWorkflowExecution",service_name="history"} ${visibility}
task_requests{namespace="default",operation="Poll"} 5000
`;

describe('parsePersistenceCounts', () => {
  it('sums each operation of the two request counters over services and namespaces, and nothing else', () => {
    expect(parsePersistenceCounts(metrics(10, 4, 3))).toEqual({
      'persistence_requests:AppendHistoryNodes': 12,
      'persistence_requests:GetWorkflowExecution': 4,
      'persistence_requests:UpdateWorkflowExecution': 7,
      'visibility_persistence_requests:UpsertWorkflowExecution': 3,
    });
  });
});

describe('storeWorkBetween', () => {
  it('splits what changed into writes, by operation and largest first, and reads', () => {
    const work = storeWorkBetween(parsePersistenceCounts(metrics(10, 4, 3)), parsePersistenceCounts(metrics(40, 24, 13)));
    expect(work).toEqual({
      writes: 40,
      reads: 20,
      writesByOperation: { 'persistence_requests:AppendHistoryNodes': 30, 'visibility_persistence_requests:UpsertWorkflowExecution': 10 },
    });
    expect(Object.keys(work.writesByOperation)[0]).toBe('persistence_requests:AppendHistoryNodes');
  });

  it('counts an operation first seen after the start in full', () => {
    expect(storeWorkBetween({}, { 'persistence_requests:CreateWorkflowExecution': 5 }).writes).toBe(5);
  });
});
