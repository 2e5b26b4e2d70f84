import { CLOSURES, RATING_RESULTS, codesOf } from '../domain/codes.js';
import { ratingSchema } from '../domain/steps.js';
import { EVENT_TEXTS, type FollowView } from './follow-view.js';
import { Markup, html, page } from './page-markup.js';

// The follow page's HTML (GET /a/<token>), built with api/page-markup.ts.

/** What the follow page says of a link that opens nothing: the same for a forged link and an expired one. */
export const FOLLOW_NOT_FOUND = ['链接无效或已过期', '此链接无效，或诉求办结已超过 90 天。如需查询，请凭受理编号联系受理窗口。'] as const;

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
  (
    code,
  ) => html`<div class="choice"><input type="radio" id="result-${code}" name="result" value="${code}" required${form.result === code && new Markup(' checked')}${invalid('result')}><label for="result-${code}">${RATING_RESULTS[code]}</label></div>
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
${view.timeline.map(
  (e) => html`<li>${local(e.at)} <strong>${e.label}</strong>${eventDetail(e.data)}</li>
`,
)}</ol>
<footer><p>此页面仅供诉求企业查看办理进度，请勿转发链接。${view.openUntil && html`链接有效期至 ${local(view.openUntil)}。`}</p></footer>`,
  );
}
