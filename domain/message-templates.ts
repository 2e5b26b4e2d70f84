import { localDate } from './dates.js';

// The text of every message an enterprise or a submitter is sent (issue 16): one template per kind, in Chinese, as
// data the admin edits (GET/PUT /v1/message-templates/:kind); these are the defaults. A template names its values
// in braces; rendering fills them and, when the text would take more SMS segments than the template allows, shortens
// the free text (the answer, then the title) rather than the receipt number, the deadline or the link.

export const MESSAGE_PLACEHOLDERS = {
  receiptNumber: '受理编号',
  title: '诉求标题',
  department: '承办单位',
  deadline: '期限（如“12月15日前”）',
  answer: '承办单位的答复或办理路径',
  link: '查看进度和评价的链接',
  code: '验证码',
  survey: '评价的名称（百企评）',
} as const;

export type Placeholder = keyof typeof MESSAGE_PLACEHOLDERS;

export interface TemplateSpec {
  label: string;
  text: string;
  /** The placeholders this kind's messages have values for. */
  placeholders: readonly Placeholder[];
  maxSegments: number;
}

const APPEAL_VALUES = ['receiptNumber', 'title', 'department', 'deadline', 'answer', 'link'] as const satisfies readonly Placeholder[];

export const DEFAULT_TEMPLATES = {
  acknowledged: {
    label: '受理告知',
    text: '您反映的“{title}”已受理，受理编号{receiptNumber}，{deadline}告知办理路径。查看进度：{link}',
    placeholders: APPEAL_VALUES,
    maxSegments: 3,
  },
  path_reported: {
    label: '告知办理路径',
    text: '您反映的“{title}”（{receiptNumber}）由{department}办理，办理路径：{answer}。预计{deadline}办结。查看：{link}',
    placeholders: APPEAL_VALUES,
    maxSegments: 4,
  },
  resolved: {
    label: '办理结果',
    text: '您反映的“{title}”（{receiptNumber}）已由{department}办理：{answer}。请{deadline}评价：{link}',
    placeholders: APPEAL_VALUES,
    maxSegments: 4,
  },
  answered: {
    label: '当场答复',
    text: '您反映的“{title}”（{receiptNumber}）已当场答复：{answer}。请{deadline}评价：{link}',
    placeholders: APPEAL_VALUES,
    maxSegments: 4,
  },
  material_requested: {
    label: '补正材料告知',
    text: '您反映的“{title}”（{receiptNumber}）需补充材料：{answer}。请{deadline}提交，补正期间不计入办理时限。查看：{link}',
    placeholders: APPEAL_VALUES,
    maxSegments: 4,
  },
  merged: {
    label: '并单告知',
    text: '您反映的“{title}”（{receiptNumber}）与同一问题的诉求合并办理，办理结果将一并告知您。查看：{link}',
    placeholders: APPEAL_VALUES,
    maxSegments: 3,
  },
  closed: {
    label: '办结告知',
    text: '您反映的“{title}”（{receiptNumber}）已办结，感谢您的支持。查看：{link}',
    placeholders: APPEAL_VALUES,
    maxSegments: 3,
  },
  survey: {
    label: '百企评邀请',
    text: '{survey}：诚邀贵企业对有关单位的服务作出评价（每题1至5分），请点击填写：{link}',
    placeholders: ['survey', 'link'],
    maxSegments: 2,
  },
  verification: {
    label: '验证码',
    text: '您的验证码为{code}，10分钟内有效，用于提交诉求。如非本人操作，请忽略。',
    placeholders: ['code'],
    maxSegments: 1,
  },
} as const satisfies Record<string, TemplateSpec>;

export type MessageKind = keyof typeof DEFAULT_TEMPLATES;
export const MESSAGE_KINDS = Object.keys(DEFAULT_TEMPLATES) as MessageKind[];
export const isMessageKind = (kind: string): kind is MessageKind => Object.hasOwn(DEFAULT_TEMPLATES, kind);

/** One SMS carries 70 characters; a longer one is sent in parts of 67 (the rest carries the parts' header). */
export const SMS_SINGLE = 70;
export const SMS_PART = 67;
export const MAX_SEGMENTS = 6;

/** SMS segments a text takes; characters are counted as the carriers count them (UCS-2 code units). */
export function smsSegments(text: string): number {
  return text.length <= SMS_SINGLE ? 1 : Math.ceil(text.length / SMS_PART);
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** What is wrong with a template's text for its kind: unknown values, or none of the ones it must carry. */
export function templateProblems(kind: MessageKind, text: string): string[] {
  const allowed: readonly string[] = DEFAULT_TEMPLATES[kind].placeholders;
  const used = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  const unknown = [...new Set(used.filter((name) => !allowed.includes(name)))];
  const problems = unknown.map((name) => `{${name}} is not a value of ${kind} messages (they have ${allowed.map((a) => `{${a}}`).join(', ')})`);
  const required = kind === 'verification' ? 'code' : kind === 'survey' ? 'link' : 'receiptNumber';
  if (!used.includes(required)) problems.push(`must contain {${required}}`);
  return problems;
}

export type MessageValues = Partial<Record<Placeholder, string>>;

function fill(text: string, values: MessageValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in MESSAGE_PLACEHOLDERS ? (values[name as Placeholder] ?? '') : whole));
}

/** Free text a message may shorten, in the order it gives way. */
const SHORTENABLE = ['answer', 'title'] as const;
const ELLIPSIS = '…';

/**
 * The message, within `maxSegments` where shortening the answer and the title can bring it there (each down to a few
 * characters); a template whose fixed text alone is longer is sent as it is, since the admin saw its length.
 */
export function renderMessage(text: string, values: MessageValues, maxSegments: number): string {
  const limit = maxSegments === 1 ? SMS_SINGLE : maxSegments * SMS_PART;
  const shortened = { ...values };
  let message = fill(text, shortened);
  for (const name of SHORTENABLE) {
    const value = shortened[name];
    if (message.length <= limit || value === undefined) continue;
    const keep = Math.max(8, value.length - (message.length - limit) - ELLIPSIS.length);
    if (keep < value.length) shortened[name] = value.slice(0, keep) + ELLIPSIS;
    message = fill(text, shortened);
  }
  return message;
}

/** `12月15日前`, with the year when it is not the current one. */
export function deadlineInWords(deadline: number, now: number, timeZone: string): string {
  const [year, month, day] = localDate(deadline, timeZone).split('-').map(Number) as [number, number, number];
  const thisYear = Number(localDate(now, timeZone).slice(0, 4));
  return `${year === thisYear ? '' : `${year}年`}${month}月${day}日前`;
}
