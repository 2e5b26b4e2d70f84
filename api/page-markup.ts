import { createHash } from 'node:crypto';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { problemOf } from './problem.js';

// The enterprise's pages beside the API (the follow page, issue 16; the evaluation form, issue 20): server-rendered,
// readable on a phone and without JavaScript, one inline stylesheet their Content-Security-Policy names by hash.
// Every value passes through `html`, which escapes it unless it is markup made here.

export class Markup {
  constructor(readonly text: string) {}
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function render(value: unknown): string {
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Markup {
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

export function page(title: string, body: Markup): string {
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

/** A short page for every refusal; `notFound` says what a link that opens nothing is, in the page's own words. */
export function messagePage(status: number, notFound: readonly [string, string]): string {
  const [title, text] =
    status === 404
      ? notFound
      : status === 429
        ? ['请求过于频繁', '请稍后再试。']
        : status === 503
          ? ['服务暂时不可用', '请稍后再试。']
          : ['无法处理请求', '请返回上一页后重试。'];
  return page(title, html`<h1>${title}</h1><p>${text}</p>`);
}

/** Every answer of the pages carries PAGE_HEADERS. */
export const pageHeaders: RequestHandler = (_req, res, next) => {
  res.set(PAGE_HEADERS);
  next();
};

/** The pages' own refusals as short pages; anything else goes on to the API's problem handler, which logs it. */
export function pageErrors(notFound: readonly [string, string]): ErrorRequestHandler {
  return (err, _req, res, next) => {
    // A problem, or a form body express could not read (400, 413, 415).
    const problem = problemOf(err);
    const status = problem?.status ?? ((err as { expose?: unknown })?.expose === true ? (err as { status: number }).status : undefined);
    if (status === undefined) return next(err);
    res
      .status(status)
      .set(problem?.headers ?? {})
      .send(messagePage(status, notFound));
  };
}
