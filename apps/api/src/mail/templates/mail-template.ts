import type { Locale } from '@bridge/contracts';

/** A message's subject and bodies, in one language. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A template: the same message in each of the portal's languages. */
export type MailTemplate<P> = (params: P, locale: Locale) => RenderedMail;

/** Texts of a template in zh-CN, en and ru. */
export type Texts<T> = Record<Locale, T>;

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML: every value put into a template's HTML goes through this. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/** A link for HTML: only http(s) addresses, escaped. */
export function safeHref(url: string): string {
  return /^https?:\/\//i.test(url) ? escapeHtml(url) : '#';
}

/** `{name}` placeholders filled from params (plain text; escape for HTML separately). */
export function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) =>
    params[key] === undefined ? whole : String(params[key]),
  );
}

/** The HTML document around a message's body: language, charset, a readable width. */
export function htmlLayout(locale: Locale, title: string, body: string, footer: string): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f7;font-family:'Noto Sans','Noto Sans CJK SC','PingFang SC','Microsoft YaHei',Arial,sans-serif;color:#1b1b1f">
<div style="max-width:600px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
${body}
<hr style="border:none;border-top:1px solid #e0e0e0;margin:24px 0 12px">
<p style="font-size:12px;color:#5f5f66">${footer}</p>
</div>
</body>
</html>
`;
}
