// The code sets of CONTRACT.md §3 with their Chinese labels: one place, read by validation, the OpenAPI
// document, `GET /v1/codes`, CSV headers and the workflow's types alike.

export const CHANNELS = {
  symposium: '面对面专题座谈会',
  consultation_meeting: '困难问题会商会',
  service_window: '企业服务专窗',
  online_platform: '线上平台',
  wechat_group: '企业家微信群',
  hotline_12345: '12345热线',
  chamber: '商会协会',
  supervisor: '营商环境监督员',
  visit: '走访企业',
  other: '其他',
} as const;

export const DEFAULT_CATEGORIES = {
  market_entry: '准入',
  project_landing: '项目落地',
  financing: '融资',
  labour: '用工',
  exit: '退出',
  utilities: '水电气网',
  policy: '政策兑现',
  tax_fees: '税费',
  law_enforcement: '执法法治',
  land: '用地',
  other: '其他',
} as const;

export const STATUSES = {
  registered: '待交办',
  assigned: '待签收',
  in_progress: '办理中',
  resolved: '待回访',
  awaiting_material: '待补正材料',
  awaiting_explanation: '待说明',
  awaiting_decision: '待处理决定',
  closed: '已办结',
  withdrawn: '已撤回',
} as const;

export const CLOSURES = {
  satisfied: '满意办结',
  closed_by_office: '主管部门办结',
  referred: '转报纪委监委',
  unrated: '逾期未评价办结',
  merged: '并单办理',
  no_material: '逾期未补正办结',
} as const;

/** What an appeal is (issue 17): a problem to solve, a question to answer, or a suggestion to consider. */
export const APPEAL_KINDS = { problem: '问题诉求', consultation: '政策咨询', suggestion: '意见建议' } as const;

export const CLASSIFICATIONS = { simple: '简单', general: '一般', complex: '复杂' } as const;

export const RATING_RESULTS = { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' } as const;

/** Who raised an appeal (issue 16): the enterprise itself, or someone on its behalf (001, 002). */
export const SUBMITTER_KINDS = {
  enterprise: '企业',
  experience_officer: '营商环境体验官',
  deputy: '人大代表',
  cppcc_member: '政协委员',
  chamber: '商会协会',
  supervisor: '营商环境监督员',
  third_party: '第三方',
} as const;

export const RATING_METHODS = { phone: '电话回访', visit: '上门回访', online: '线上评价' } as const;

export const REFERRAL_CAUSES = { shirking: '推诿', perfunctory: '敷衍', delay: '拖延' } as const;

export const FOLLOW_UP_OUTCOMES = {
  pending: '待回访',
  stable: '稳定',
  rebound: '反弹',
  missed: '未按期回访',
  cancelled: '已取消',
} as const;

export const TIMELINE_KINDS = {
  registered: '受理登记',
  received: '网上诉求到达',
  acknowledged: '告知受理',
  classified: '分类',
  assigned: '交办',
  assign_missed: '逾期未交办',
  returned: '退回',
  accepted: '签收',
  path_reported: '告知办理路径',
  path_missed: '逾期未告知路径',
  progress_reported: '报告进展',
  contributed: '协办单位反馈',
  contribution_missed: '协办单位逾期未反馈',
  escalated: '提交专班会诊',
  note_added: '专员备注',
  contacted: '跟踪了解办理进展',
  instructed: '领导批示',
  instruction_report_missed: '逾期未向领导报告进展',
  owner_named: '指定企业服务专员',
  handler_named: '明确办理责任人',
  delegated: '下派',
  delegate_reported: '下派单位反馈',
  delegation_missed: '下派单位逾期未反馈',
  extension_requested: '申请延期',
  extension_approved: '同意延期',
  extension_denied: '不同意延期',
  warning: '临期预警',
  overdue: '超期',
  supervision_started: '挂牌督办',
  report_missed: '逾期未报进展',
  resolved: '办结',
  answered: '当场答复',
  material_requested: '通知补正材料',
  material_supplied: '补正材料',
  material_missed: '逾期未补正',
  merged: '并单',
  duplicate_merged: '并入重复诉求',
  reassigned: '重新交办',
  rated: '回访评价',
  rating_reminder: '回访提醒',
  explanation_given: '作出说明',
  explanation_missed: '逾期未说明',
  referred: '转报纪委监委',
  closed: '销号',
  withdrawn: '撤回',
  follow_up_due: '跟踪回访到期',
  follow_up_recorded: '跟踪回访',
  follow_up_missed: '跟踪回访逾期',
  reopened: '重新办理',
  meeting_noted: '所属会议情况',
  notified: '通知',
} as const;

/** What a person of a unit does on appeals (issue 15): handles them, owns a case, leads. */
export const DUTIES = {
  handler: '经办人',
  case_owner: '承办责任人',
  leader: '分管领导',
} as const;

/**
 * What the office marks an enterprise as (issue 18): a 服务绿卡 holder or a key project gets closer attention, and
 * the policy may give its appeals shorter limits (`flagLimits`).
 */
export const ENTERPRISE_FLAGS = { green_card: '服务绿卡', key_project: '重点项目' } as const;

/** An enterprise's size as the register keeps it (大型, 中型, 小型, 微型企业). */
export const ENTERPRISE_SIZES = { large: '大型', medium: '中型', small: '小型', micro: '微型' } as const;

export type Channel = keyof typeof CHANNELS;
export type Status = keyof typeof STATUSES;
export type AppealKind = keyof typeof APPEAL_KINDS;
export type Closure = keyof typeof CLOSURES;
export type Classification = keyof typeof CLASSIFICATIONS;
export type RatingResult = keyof typeof RATING_RESULTS;
export type RatingMethod = keyof typeof RATING_METHODS;
export type SubmitterKind = keyof typeof SUBMITTER_KINDS;
export type ReferralCause = keyof typeof REFERRAL_CAUSES;
export type FollowUpOutcome = keyof typeof FOLLOW_UP_OUTCOMES;
export type TimelineKind = keyof typeof TIMELINE_KINDS;
export type Duty = keyof typeof DUTIES;
export type EnterpriseFlag = keyof typeof ENTERPRISE_FLAGS;
export type EnterpriseSize = keyof typeof ENTERPRISE_SIZES;

export function codesOf<T extends Record<string, string>>(set: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(set) as [keyof T & string, ...(keyof T & string)[]];
}
