import type { Locale } from '@bridge/contracts';
import type { RenderedMail } from '../../mail/templates/mail-template';
import { escapeHtml, fill, htmlLayout, safeHref } from '../../mail/templates/mail-template';
import {
  GENERIC_NOTIFICATION_TEXT,
  NOTIFICATION_MAIL_FRAME,
  NOTIFICATION_TEXTS,
  NotificationText,
} from './notification-texts';

export interface NotificationMailParams {
  key: string;
  params: Record<string, string | number>;
  userName: string;
  /** Absolute address of the notification's page, or null. */
  url: string | null;
  /** Absolute address of the account page (where e-mail preferences are chosen). */
  manageUrl: string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The texts of a key in a language: its own when every placeholder has a param, else the generic one. */
export function notificationText(
  key: string,
  params: Record<string, string | number>,
  locale: Locale,
): NotificationText {
  const texts = Object.hasOwn(NOTIFICATION_TEXTS, key)
    ? NOTIFICATION_TEXTS[key as keyof typeof NOTIFICATION_TEXTS]
    : null;
  const text: NotificationText | undefined = texts?.[locale] ?? texts?.en;
  const complete =
    text &&
    [...`${text.subject} ${text.body}`.matchAll(PLACEHOLDER)].every(
      (m) => params[m[1] as string] !== undefined && String(params[m[1] as string]).trim() !== '',
    );
  return complete ? text : (GENERIC_NOTIFICATION_TEXT[locale] ?? GENERIC_NOTIFICATION_TEXT.en);
}

const oneLine = (value: string | number) => String(value).replace(/[\r\n\t]+/g, ' ');

/** A notification as an e-mail in the recipient's language: greeting, the text, a link, the footer. */
export function notificationMail(p: NotificationMailParams, locale: Locale): RenderedMail {
  const text = notificationText(p.key, p.params, locale);
  const frame = NOTIFICATION_MAIL_FRAME[locale] ?? NOTIFICATION_MAIL_FRAME.en;
  const params = Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, oneLine(v)]));
  const subject = fill(text.subject, params).slice(0, 300);
  const body = fill(text.body, params);
  const greeting = fill(frame.greeting, { name: oneLine(p.userName) });

  const plain = [
    greeting,
    '',
    body,
    ...(p.url ? ['', `${frame.open}: ${p.url}`] : []),
    '',
    '--',
    fill(frame.footer, { url: p.manageUrl }),
    '',
  ].join('\n');

  // Each value is escaped before it is put into the HTML: fill the escaped text with escaped params.
  const escapedParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, escapeHtml(v)]));
  const html = htmlLayout(
    locale,
    subject,
    [
      `<p>${escapeHtml(greeting)}</p>`,
      `<p>${fill(escapeHtml(text.body), escapedParams)}</p>`,
      ...(p.url
        ? [
            `<p><a href="${safeHref(p.url)}" style="display:inline-block;padding:10px 18px;border-radius:20px;background:#3b5ba9;color:#ffffff;text-decoration:none">${escapeHtml(frame.open)}</a></p>`,
          ]
        : []),
    ].join('\n'),
    fill(escapeHtml(frame.footer), {
      url: `<a href="${safeHref(p.manageUrl)}">${escapeHtml(p.manageUrl)}</a>`,
    }),
  );
  return { subject, text: plain, html };
}
