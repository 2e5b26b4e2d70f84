import { z } from 'zod';

// The numbers of CONTRACT.md §4's table, and which appeals are withheld from the public pages by default. A city changes them through `PUT /v1/policy`; they apply to deadlines
// computed afterwards because the workflow asks for each deadline when it sets it.

const workingDays = (max: number) => z.number().int().min(1).max(max);

export const policySchema = z
  .strictObject({
    assignByDay: workingDays(10),
    pathByDay: workingDays(10),
    // Not in CONTRACT.md's example document: defaulted, so a PUT of exactly the contract's numbers is whole.
    laterAssignByWorkingDays: workingDays(10).default(1),
    laterPathByWorkingDays: workingDays(10).default(2),
    limits: z.strictObject({
      simple: workingDays(60),
      general: z.array(workingDays(60)).min(1).max(10),
      complex: workingDays(60),
      complexMax: workingDays(120).default(60),
    }),
    warningTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:mm'),
    reportEveryWorkingDays: workingDays(60),
    ratingDueWorkingDays: workingDays(30),
    unratedAfterWorkingDays: workingDays(60),
    explanationDueWorkingDays: workingDays(30),
    followUpMonths: z.array(z.number().int().min(1).max(36)).length(4),
    followUpTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:mm')
      .default('09:00'),
    followUpDueWorkingDays: workingDays(30),
    // Issue 15: what a co-department owes the lead after `assign`, never later than the lead's own `dueAt`.
    // Defaulted, so a policy stored before it existed reads whole.
    contributionDueWorkingDays: workingDays(30).default(3),
    // Issue 17: consultations and suggestions have their own time limits (working days), whatever their
    // classification; extensions are capped per appeal, in number and in working days together.
    kindLimits: z.strictObject({ consultation: workingDays(60), suggestion: workingDays(60) }).default({ consultation: 5, suggestion: 15 }),
    maxExtensions: z.number().int().min(0).max(10).default(2),
    maxExtensionDays: workingDays(120).default(30),
    // Issue 18: a flagged enterprise's appeals get at most this many working days at `classify` (the shortest of its
    // flags' applies); null leaves its limits as they are.
    flagLimits: z
      .strictObject({ green_card: workingDays(60).nullable(), key_project: workingDays(60).nullable() })
      .default({ green_card: null, key_project: null }),
    // Issue 18: the working days a unit held to account has to report its rectification, unless the record says.
    rectifyWorkingDays: workingDays(120).default(20),
    // Issue 15: whether the lead must name its responsible handler (责任人) before it may resolve.
    handlerRequired: z.boolean().default(false),
    // Issue 19: a problem registered for a meeting is an appeal at once; its 1-2-3 clock runs from registration, as
    // for any appeal, unless this is true, when it starts at the meeting's start (sorting it before is then optional).
    meetingProblemsWaitForMeeting: z.boolean().default(false),
    // Which closed appeals wait withheld rather than pending for the office's publication decision (README, the
    // public pages). Defaulted, so a policy stored before it existed reads whole.
    publication: z
      .strictObject({
        // A referral to the discipline commission is not a finding: publishing it would accuse before one.
        withholdReferrals: z.boolean(),
        // 依法保密: categories whose appeals are confidential by law or by the city's rule.
        confidentialCategories: z.array(z.string().min(1).max(64)).max(50),
      })
      .default({ withholdReferrals: true, confidentialCategories: [] }),
    // Issue 20: how the figures count (README "Figures"). Defaulted, so a policy stored before it reads whole.
    figures: z
      .strictObject({
        // An appeal closed `unrated` was never rated: counting it as solved lets silence inflate the 解决率. The
        // seeds' bulletins did count it (1238 of 1466, 84.4%), so a city reproducing them turns this on.
        unratedCountsAsSolved: z.boolean(),
        // The rates' step in percent: 0.1 (84.4), or 1 as the bulletins print them (99% for 3874/3894).
        rounding: z.union([z.literal(0.1), z.literal(1)]),
      })
      .default({ unratedCountsAsSolved: false, rounding: 0.1 }),
  })
  .refine((p) => p.unratedAfterWorkingDays > p.ratingDueWorkingDays, {
    message: 'unratedAfterWorkingDays must be greater than ratingDueWorkingDays',
    path: ['unratedAfterWorkingDays'],
  })
  .refine((p) => p.followUpMonths.every((m, i) => i === 0 || m > p.followUpMonths[i - 1]!), {
    message: 'followUpMonths must be increasing',
    path: ['followUpMonths'],
  });

export type Policy = z.infer<typeof policySchema>;
