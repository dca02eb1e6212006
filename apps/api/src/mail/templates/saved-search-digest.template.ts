import { MailTemplate, Texts, escapeHtml, fill, htmlLayout, safeHref } from './mail-template';

export interface DigestProject {
  title: string;
  url: string;
}

export interface DigestSearch {
  name: string;
  url: string;
  projects: DigestProject[];
  /** New matches not listed (the list is capped). */
  more: number;
}

export interface SavedSearchDigestParams {
  userName: string;
  count: number;
  searches: DigestSearch[];
  manageUrl: string;
}

interface DigestTexts {
  subject: string;
  greeting: string;
  intro: string;
  more: string;
  open: string;
  footer: string;
}

const TEXTS: Texts<DigestTexts> = {
  en: {
    subject: 'Bridge: {count} new projects match your saved searches',
    greeting: 'Hello, {name}!',
    intro: 'Since the last digest, these projects newly match your saved searches:',
    more: 'and {more} more',
    open: 'Open the search',
    footer:
      'You receive this daily digest because e-mail digests are on for these saved searches. Turn them off on the saved searches page: {url}',
  },
  'zh-CN': {
    subject: 'Bridge：{count} 个新项目符合您保存的搜索',
    greeting: '{name}，您好！',
    intro: '自上次摘要以来，以下项目新符合您保存的搜索：',
    more: '另有 {more} 个',
    open: '打开搜索',
    footer: '您收到此每日摘要，是因为这些保存的搜索开启了邮件摘要。可在“保存的搜索”页面关闭：{url}',
  },
  ru: {
    subject: 'Bridge: новых проектов по вашим сохранённым поискам — {count}',
    greeting: 'Здравствуйте, {name}!',
    intro: 'С прошлой сводки вашим сохранённым поискам стали соответствовать эти проекты:',
    more: 'и ещё {more}',
    open: 'Открыть поиск',
    footer:
      'Вы получаете эту ежедневную сводку, потому что для этих сохранённых поисков включена рассылка. Отключить её можно на странице сохранённых поисков: {url}',
  },
};

/** The daily digest of a user's saved searches: per search, its new matches with links. */
export const savedSearchDigest: MailTemplate<SavedSearchDigestParams> = (params, locale) => {
  const t = TEXTS[locale] ?? TEXTS.en;
  const subject = fill(t.subject, { count: params.count });
  const greeting = fill(t.greeting, { name: params.userName });
  const footer = (url: string) => fill(t.footer, { url });

  const text = [
    greeting,
    '',
    t.intro,
    ...params.searches.flatMap((s) => [
      '',
      `${s.name} — ${t.open}: ${s.url}`,
      ...s.projects.map((p) => `  • ${p.title}\n    ${p.url}`),
      ...(s.more > 0 ? [`  ${fill(t.more, { more: s.more })}`] : []),
    ]),
    '',
    '--',
    footer(params.manageUrl),
    '',
  ].join('\n');

  const html = htmlLayout(
    locale,
    subject,
    [
      `<p>${escapeHtml(greeting)}</p>`,
      `<p>${escapeHtml(t.intro)}</p>`,
      ...params.searches.map(
        (s) =>
          `<h2 style="font-size:16px;margin:20px 0 8px">${escapeHtml(s.name)} <a href="${safeHref(s.url)}" style="font-size:13px;font-weight:normal">${escapeHtml(t.open)}</a></h2>\n<ul>${s.projects
            .map((p) => `<li><a href="${safeHref(p.url)}">${escapeHtml(p.title)}</a></li>`)
            .join('')}${s.more > 0 ? `<li>${escapeHtml(fill(t.more, { more: s.more }))}</li>` : ''}</ul>`,
      ),
    ].join('\n'),
    fill(escapeHtml(t.footer), {
      url: `<a href="${safeHref(params.manageUrl)}">${escapeHtml(params.manageUrl)}</a>`,
    }),
  );
  return { subject, text, html };
};
