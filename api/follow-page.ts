import { createHash } from 'node:crypto';
import { CLOSURES, RATING_RESULTS, codesOf } from '../domain/codes.js';
import { ratingSchema } from '../domain/steps.js';
import { EVENT_TEXTS, type FollowView } from './follow-view.js';

// The follow page's HTML (GET /a/<token>): server-rendered, readable on a phone and without JavaScript, one inline
// stylesheet its Content-Security-Policy names by hash. Every value passes through `html`, which escapes it unless
// it is markup this module made.

class Markup {
  constructor(readonly text: string) {}
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function render(value: unknown): string {
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function html(strings: TemplateStringsArray, ...values: unknown[]): Markup {
  return new Markup(strings.reduce((out, s, i) => out + render(values[i - 1]) + s));
}

// Colours meet WCAG AA on white (text 15:1, links and the button 6:1, errors 6.5:1); sizes in rem so zoom works.
const STYLE = `
body{margin:0;font:1rem/1.6 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1b1b1b;background:#fff}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.4rem;margin:.5rem 0 1rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}dt{color:#4a4a4a}dd{margin:0;overflow-wrap:anywhere}
.status{font-size:1.1rem}.note{background:#e8f3ec;border-left:.25rem solid #1e6b3a;padding:.5rem .75rem}
ol{padding-left:1.25rem}li{margin-bottom:.75rem}time{color:#4a4a4a}
fieldset{border:1px solid #767676;border-radius:.25rem;margin:0 0 1rem;padding:.5rem 1rem}legend{padding:0 .25rem;font-weight:600}
.choice{display:flex;align-items:center;gap:.5rem;min-height:2.75rem}input[type=radio]{width:1.25rem;height:1.25rem;margin:0}
label{display:block}textarea{box-sizing:border-box;width:100%;font:inherit;padding:.5rem;border:1px solid #767676;border-radius:.25rem}
button{margin-top:1rem;min-height:2.75rem;padding:.5rem 1.5rem;font:inherit;color:#fff;background:#0b57d0;border:0;border-radius:.25rem}
:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}.error{color:#b3261e;font-weight:600}
footer{margin-top:2rem;color:#4a4a4a;font-size:.9rem}
`;

/** Headers every answer of the follow page carries: nothing cached, leaked on, indexed, or run. */
export const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
};

function page(title: string, body: Markup): string {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>${new Markup(STYLE)}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`.text;
}

/** A short page for every refusal; the not-found one is the same for a forged link and an expired one. */
export function messagePage(status: number): string {
  const [title, text] =
    status === 404
      ? ['链接无效或已过期', '此链接无效，或诉求办结已超过 90 天。如需查询，请凭受理编号联系受理窗口。']
      : status === 429
        ? ['请求过于频繁', '请稍后再试。']
        : status === 503
          ? ['服务暂时不可用', '请稍后再试。']
          : ['无法处理请求', '请返回上一页后重试。'];
  return page(title, html`<h1>${title}</h1><p>${text}</p>`);
}

/** The local date and minute of an API instant (`2026-10-15T23:59:59.999+08:00`), which is already local. */
const local = (instant: string | null) => (instant === null ? null : html`<time datetime="${instant}">${instant.slice(0, 16).replace('T', ' ')}</time>`);

export const COMMENT_MAX = ratingSchema.shape.comment.unwrap().maxLength ?? 500;

/** What the rating form was sent with, and what was wrong with it, for the page shown again with a 400. */
export interface RatingForm {
  result?: string;
  comment?: string;
  errors: { result?: string; comment?: string };
}

function ratingForm(token: string, form: RatingForm): Markup {
  const error = (field: 'result' | 'comment') => form.errors[field] && html`<p class="error" id="${field}-error">${form.errors[field]}</p>`;
  const invalid = (field: 'result' | 'comment') => form.errors[field] && html` aria-invalid="true" aria-describedby="${field}-error"`;
  return html`<section aria-labelledby="rate">
<h2 id="rate">评价办理结果</h2>
<form method="post" action="/a/${token}/rating">
<fieldset>
<legend>您对办理结果是否满意？</legend>
${codesOf(RATING_RESULTS).map(
  (code) => html`<div class="choice"><input type="radio" id="result-${code}" name="result" value="${code}" required${form.result === code && new Markup(' checked')}${invalid('result')}><label for="result-${code}">${RATING_RESULTS[code]}</label></div>
`,
)}${error('result')}
</fieldset>
<label for="comment">评价意见（选填，不超过 ${COMMENT_MAX} 字）</label>
<textarea id="comment" name="comment" rows="4" maxlength="${COMMENT_MAX}"${invalid('comment')}>${form.comment}</textarea>
${error('comment')}
<button type="submit">提交评价</button>
</form>
</section>`;
}

/** What an event says besides its name: the outcome, the texts and the deadline the enterprise reads of it. */
function eventDetail(data: Record<string, unknown> = {}): Markup {
  const label = (labels: Record<string, string>, code: unknown) => typeof code === 'string' && labels[code];
  const lines = [label(RATING_RESULTS, data.result), label(CLOSURES, data.closure), ...EVENT_TEXTS.map((k) => data[k])].filter((v) => typeof v === 'string');
  const due = typeof data.dueAt === 'string' && html`<br>期限 ${local(data.dueAt)}`;
  return html`${lines.map((line) => html`<br>${line}`)}${due}`;
}

export function followPage(view: FollowView, token: string, form?: RatingForm): string {
  const { deadlines, ratings } = view;
  const last = ratings.at(-1);
  const thanked = !view.ratingDue && last?.method === 'online';
  const fact = (term: string, value: unknown) => value !== null && value !== undefined && html`<dt>${term}</dt><dd>${value}</dd>`;
  return page(
    `${form ? '请检查后重新提交 · ' : ''}诉求办理进度 · ${view.receiptNumber}`,
    html`<h1>诉求办理进度</h1>
<p class="status">当前状态：<strong id="status">${view.statusLabel}</strong></p>
${thanked && html`<p class="note" role="status">感谢您的评价！</p>`}
<dl>
${fact('受理编号', view.receiptNumber)}
${fact('诉求标题', view.title)}
${fact('主办部门', view.leadDepartmentName ?? '尚未交办')}
${fact('办理期限', local(deadlines.dueAt))}
${fact('评价截止', local(deadlines.ratingBy))}
${fact('办结方式', view.closureLabel)}
${fact('办结时间', local(view.closedAt))}
</dl>
${ratings.length > 0 && html`<h2>您的评价</h2><ul>${ratings.map((r) => html`<li><span class="result">${r.resultLabel}</span>（${r.methodLabel}，${local(r.at)}）${r.comment && html`<br>${r.comment}`}</li>`)}</ul>`}
${view.ratingDue && ratingForm(token, form ?? { errors: {} })}
<h2>办理经过</h2>
<ol>
${view.timeline.map((e) => html`<li>${local(e.at)} <strong>${e.label}</strong>${eventDetail(e.data)}</li>
`)}</ol>
<footer><p>此页面仅供诉求企业查看办理进度，请勿转发链接。${view.openUntil && html`链接有效期至 ${local(view.openUntil)}。`}</p></footer>`,
  );
}
