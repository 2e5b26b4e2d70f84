import { SURVEY_SCALE } from '../domain/surveys.js';
import { html, page } from './page-markup.js';

// The evaluation form's HTML (GET /s/<token>, issue 20): each unit the survey rates, each question scored 1 to 5 with
// a radio button; a unit the enterprise did not deal with is left blank.

export const SURVEY_NOT_FOUND = ['链接无效', '此评价链接无效。如有疑问，请联系营商环境主管部门。'] as const;

export interface SurveyPageView {
  title: string;
  enterprise: string;
  questions: readonly string[];
  units: readonly { code: string; label: string }[];
  /** Local `YYYY-MM-DD HH:mm` once answered. */
  answeredAt: string | null;
}

/** The form as sent, for the page shown again with a 400: the chosen scores by field name, and what was wrong. */
export interface SurveyForm {
  chosen: Record<string, string>;
  error: string;
}

/** The radio group of one unit's one question. */
export const fieldOf = (unit: string, question: number) => `r.${unit}.${question}`;

const SCORES = Array.from({ length: SURVEY_SCALE.max - SURVEY_SCALE.min + 1 }, (_, i) => SURVEY_SCALE.min + i);

export function surveyPage(view: SurveyPageView, token: string, form?: SurveyForm): string {
  if (view.answeredAt !== null) {
    return page(view.title, html`<h1>${view.title}</h1><p class="note" role="status">感谢您的评价！已于 ${view.answeredAt} 提交。</p>`);
  }
  return page(
    `${form ? '请检查后重新提交 · ' : ''}${view.title}`,
    html`<h1>${view.title}</h1>
<p>${view.enterprise}：请对您办理诉求时接触过的单位逐题评分（1 分最差，5 分最好）；未接触过的单位可不填。</p>
${form && html`<p class="error" role="alert">${form.error}</p>`}
<form method="post" action="/s/${token}">
${view.units.map(
  (u) => html`<h2>${u.label}</h2>
${view.questions.map((q, i) => {
  const name = fieldOf(u.code, i);
  return html`<fieldset><legend>${q}</legend>
${SCORES.map(
  (
    n,
  ) => html`<div class="choice"><input type="radio" id="${name}.${n}" name="${name}" value="${n}"${form?.chosen[name] === String(n) && html` checked`}><label for="${name}.${n}">${n} 分</label></div>
`,
)}</fieldset>
`;
})}`,
)}<button type="submit">提交评价</button>
</form>
<footer><p>此页面仅供受邀企业填写，每家企业提交一次，请勿转发链接。</p></footer>`,
  );
}
