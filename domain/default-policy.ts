import type { Policy } from './policy.js';

// The policy a city starts with, apart from its schema (domain/policy.ts): the figures count by its defaults, and
// the workflows, which count figures, have no use for the schema.

export const DEFAULT_POLICY: Policy = {
  assignByDay: 2,
  pathByDay: 3,
  laterAssignByWorkingDays: 1,
  laterPathByWorkingDays: 2,
  limits: { simple: 1, general: [5, 10, 15], complex: 30, complexMax: 60 },
  warningTime: '09:00',
  reportEveryWorkingDays: 5,
  ratingDueWorkingDays: 5,
  unratedAfterWorkingDays: 10,
  explanationDueWorkingDays: 2,
  followUpMonths: [3, 6, 9, 12],
  followUpTime: '09:00',
  followUpDueWorkingDays: 5,
  contributionDueWorkingDays: 3,
  handlerRequired: false,
  rectifyWorkingDays: 20,
  meetingProblemsWaitForMeeting: false,
  kindLimits: { consultation: 5, suggestion: 15 },
  maxExtensions: 2,
  maxExtensionDays: 30,
  flagLimits: { green_card: null, key_project: null },
  publication: { withholdReferrals: true, confidentialCategories: [] },
  figures: { unratedCountsAsSolved: false, rounding: 0.1 },
};
