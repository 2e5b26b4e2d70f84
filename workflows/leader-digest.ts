import { proxyActivities } from '@temporalio/workflow';
import type { LeaderDigestActivities } from '../activities/leader-digests.js';

// A leader's weekly digest of the appeals they instructed (一事一督办, issue 15). The Schedule `leader-digests` starts
// this every Monday at 08:00; a run stores that week's digest for each leader, once (a second run that week adds
// nothing).

const digests = proxyActivities<LeaderDigestActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes', maximumAttempts: 20 },
});

export async function leaderDigests(): Promise<number> {
  return digests.storeLeaderDigests({ at: Date.now() });
}
