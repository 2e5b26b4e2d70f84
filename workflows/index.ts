// The workflow bundle's entry: every workflow type the worker runs.
export { appeal } from './appeal.js';
export { deliverNotification } from './notification.js';
export { monthlyReport } from './report.js';
export { assessmentReports } from './assessment-report.js';
export { surveyInvitations } from './survey.js';
export { leaderDigests } from './leader-digest.js';
export { meeting, meetingSeriesFiring } from './meeting.js';
export { accountability } from './accountability.js';
