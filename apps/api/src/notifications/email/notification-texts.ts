import type { NotificationKey } from '@bridge/contracts';
import type { Texts } from '../../mail/templates/mail-template';

/** The subject and the one-paragraph body of a notification e-mail; `{name}` placeholders take params. */
export interface NotificationText {
  subject: string;
  body: string;
}

/**
 * E-mail texts of the notification keys, in every language (`Texts` requires zh-CN, en and ru: a key
 * without one of them fails the typecheck). Placeholders are the notification's params; a
 * notification whose params lack one is sent with the generic text instead.
 *
 * Params the matchmaking keys expect: `organization` (the other side's name) and `project` (title).
 */
export const NOTIFICATION_TEXTS = {
  'notifications.introduction.requested': {
    en: {
      subject: 'Bridge: {organization} asks to meet {project}',
      body: '{organization} has requested an introduction to {project}. Read their message and answer the request.',
    },
    'zh-CN': {
      subject: 'Bridge：{organization} 希望与 {project} 对接',
      body: '{organization} 请求与 {project} 建立联系。请查看对方的留言并答复该请求。',
    },
    ru: {
      subject: 'Bridge: {organization} хочет познакомиться с проектом {project}',
      body: '{organization} запрашивает знакомство с проектом {project}. Прочитайте сообщение и ответьте на запрос.',
    },
  },
  'notifications.introduction.accepted': {
    en: {
      subject: 'Bridge: {project} accepted your introduction request',
      body: 'Good news: {project} accepted your introduction request. Contacts are now visible to both sides and a conversation is open.',
    },
    'zh-CN': {
      subject: 'Bridge：{project} 接受了您的对接请求',
      body: '好消息：{project} 接受了您的对接请求。双方现在可以看到彼此的联系方式，对话已开启。',
    },
    ru: {
      subject: 'Bridge: проект {project} принял ваш запрос на знакомство',
      body: 'Хорошая новость: проект {project} принял ваш запрос на знакомство. Контакты теперь видны обеим сторонам, открыт диалог.',
    },
  },
  'notifications.introduction.declined': {
    en: {
      subject: 'Bridge: {project} declined your introduction request',
      body: '{project} declined your introduction request this time. You can find other projects in Bridge.',
    },
    'zh-CN': {
      subject: 'Bridge：{project} 谢绝了您的对接请求',
      body: '{project} 这次谢绝了您的对接请求。您可以在 Bridge 中寻找其他项目。',
    },
    ru: {
      subject: 'Bridge: проект {project} отклонил ваш запрос на знакомство',
      body: 'Проект {project} на этот раз отклонил ваш запрос на знакомство. Другие проекты можно найти в Bridge.',
    },
  },
  'notifications.introduction.expired': {
    en: {
      subject: 'Bridge: an introduction request for {project} expired',
      body: 'The introduction request for {project} was not answered in time and has expired.',
    },
    'zh-CN': {
      subject: 'Bridge：关于 {project} 的对接请求已过期',
      body: '关于 {project} 的对接请求未在期限内答复，现已过期。',
    },
    ru: {
      subject: 'Bridge: срок запроса на знакомство с проектом {project} истёк',
      body: 'На запрос на знакомство с проектом {project} не ответили вовремя, и его срок истёк.',
    },
  },
  'notifications.introduction.withdrawn': {
    en: {
      subject: 'Bridge: {organization} withdrew its introduction request',
      body: '{organization} withdrew its introduction request for {project}. Nothing more is needed from you.',
    },
    'zh-CN': {
      subject: 'Bridge：{organization} 撤回了对接请求',
      body: '{organization} 撤回了与 {project} 的对接请求，您无需再做任何操作。',
    },
    ru: {
      subject: 'Bridge: {organization} отозвал запрос на знакомство',
      body: '{organization} отозвал запрос на знакомство с проектом {project}. От вас больше ничего не требуется.',
    },
  },
  'notifications.introduction.note': {
    en: {
      subject: 'Bridge: a new note on the introduction request for {project}',
      body: '{organization} added a note to the introduction request for {project}: more information is asked for or given.',
    },
    'zh-CN': {
      subject: 'Bridge：关于 {project} 的对接请求有新留言',
      body: '{organization} 在关于 {project} 的对接请求中留言：需要或提供了更多信息。',
    },
    ru: {
      subject: 'Bridge: новая заметка к запросу на знакомство с проектом {project}',
      body: '{organization} добавил заметку к запросу на знакомство с проектом {project}: запрошены или даны дополнительные сведения.',
    },
  },
  'notifications.conversation.newMessages': {
    en: {
      subject: 'Bridge: new message from {organization}',
      body: '{organization} sent you a message in Bridge.',
    },
    'zh-CN': {
      subject: 'Bridge：来自 {organization} 的新消息',
      body: '{organization} 在 Bridge 中给您发送了一条消息。',
    },
    ru: {
      subject: 'Bridge: новое сообщение от {organization}',
      body: '{organization} отправил вам сообщение в Bridge.',
    },
  },
  'notifications.meeting.proposed': {
    en: {
      subject: 'Bridge: {organization} proposes a meeting',
      body: '{organization} proposed times for a meeting. Pick the one that suits you.',
    },
    'zh-CN': {
      subject: 'Bridge：{organization} 提议会面',
      body: '{organization} 提出了几个会面时间，请选择合适的时间。',
    },
    ru: {
      subject: 'Bridge: {organization} предлагает встречу',
      body: '{organization} предложил время встречи. Выберите удобное.',
    },
  },
  'notifications.meeting.confirmed': {
    en: {
      subject: 'Bridge: your meeting with {organization} is confirmed',
      body: 'The meeting with {organization} is confirmed. The time is shown in Bridge, where you can also download it for your calendar.',
    },
    'zh-CN': {
      subject: 'Bridge：与 {organization} 的会面已确认',
      body: '与 {organization} 的会面已确认。会面时间可在 Bridge 中查看，也可下载到您的日历。',
    },
    ru: {
      subject: 'Bridge: встреча с {organization} подтверждена',
      body: 'Встреча с {organization} подтверждена. Время встречи указано в Bridge, там же её можно загрузить в календарь.',
    },
  },
  'notifications.meeting.cancelled': {
    en: {
      subject: 'Bridge: the meeting with {organization} is cancelled',
      body: 'The meeting with {organization} was cancelled.',
    },
    'zh-CN': {
      subject: 'Bridge：与 {organization} 的会面已取消',
      body: '与 {organization} 的会面已取消。',
    },
    ru: {
      subject: 'Bridge: встреча с {organization} отменена',
      body: 'Встреча с {organization} отменена.',
    },
  },
  'notifications.savedSearch.match': {
    en: {
      subject: 'Bridge: new match for “{search}”',
      body: 'A new project matches your saved search “{search}”: {project}.',
    },
    'zh-CN': {
      subject: 'Bridge：“{search}”有新匹配',
      body: '有新项目符合您保存的搜索“{search}”：{project}。',
    },
    ru: {
      subject: 'Bridge: новое совпадение по поиску «{search}»',
      body: 'Вашему сохранённому поиску «{search}» соответствует новый проект: {project}.',
    },
  },
  'notifications.savedSearch.matches': {
    en: {
      subject: 'Bridge: {count} new matches for “{search}”',
      body: '{count} new projects match your saved search “{search}”.',
    },
    'zh-CN': {
      subject: 'Bridge：“{search}”有 {count} 个新匹配',
      body: '有 {count} 个新项目符合您保存的搜索“{search}”。',
    },
    ru: {
      subject: 'Bridge: новых совпадений по поиску «{search}» — {count}',
      body: 'Вашему сохранённому поиску «{search}» соответствуют новые проекты: {count}.',
    },
  },
  'notifications.selection.finalist': {
    en: {
      subject: 'Bridge: {project} is a finalist!',
      body: 'Congratulations: {project} is a finalist and goes on to the final.',
    },
    'zh-CN': {
      subject: 'Bridge：{project} 入围决赛！',
      body: '恭喜：{project} 入围决赛，将参加总决赛。',
    },
    ru: {
      subject: 'Bridge: проект {project} вышел в финал!',
      body: 'Поздравляем: проект {project} вышел в финал.',
    },
  },
  'notifications.selection.notSelected': {
    en: {
      subject: 'Bridge: results of the preliminary round for {project}',
      body: '{project} was not selected for the final. Thank you for taking part.',
    },
    'zh-CN': {
      subject: 'Bridge：{project} 的初赛结果',
      body: '{project} 未入选决赛。感谢您的参与。',
    },
    ru: {
      subject: 'Bridge: итоги отборочного этапа для проекта {project}',
      body: 'Проект {project} не прошёл в финал. Спасибо за участие.',
    },
  },
  'notifications.awards.place': {
    en: {
      subject: 'Bridge: {project} won place {place}',
      body: 'The awards are published: {project} won place {place}. Congratulations!',
    },
    'zh-CN': {
      subject: 'Bridge：{project} 获得第 {place} 名',
      body: '获奖名单已公布：{project} 获得第 {place} 名。恭喜！',
    },
    ru: {
      subject: 'Bridge: проект {project} занял {place}-е место',
      body: 'Итоги опубликованы: проект {project} занял {place}-е место. Поздравляем!',
    },
  },
  'notifications.judging.reminder': {
    en: {
      subject: 'Bridge: assignments to score in {competition}',
      body: 'Reminder: you still have {open} assignments to score in {competition}.',
    },
    'zh-CN': {
      subject: 'Bridge：{competition} 还有待评审的项目',
      body: '提醒：您在 {competition} 中还有 {open} 个待评分的项目。',
    },
    ru: {
      subject: 'Bridge: оценки в конкурсе {competition}',
      body: 'Напоминание: в конкурсе {competition} осталось оценить заявок: {open}.',
    },
  },
} as const satisfies Record<NotificationKey, Texts<NotificationText>>;

export type NotificationTextKey = keyof typeof NOTIFICATION_TEXTS;

/** For a key without texts of its own (or params that do not fit them). */
export const GENERIC_NOTIFICATION_TEXT: Texts<NotificationText> = {
  en: {
    subject: 'Bridge: you have a new notification',
    body: 'Something new needs your attention in Bridge.',
  },
  'zh-CN': {
    subject: 'Bridge：您有一条新通知',
    body: 'Bridge 中有新动态需要您关注。',
  },
  ru: {
    subject: 'Bridge: у вас новое уведомление',
    body: 'В Bridge появилось что-то новое, что требует вашего внимания.',
  },
};

/** The frame around every notification e-mail. */
export const NOTIFICATION_MAIL_FRAME: Texts<{ greeting: string; open: string; footer: string }> = {
  en: {
    greeting: 'Hello, {name}!',
    open: 'Open in Bridge',
    footer:
      'You receive this e-mail because e-mail is on for this kind of notification. Choose which notifications you get by e-mail on your account page: {url}',
  },
  'zh-CN': {
    greeting: '{name}，您好！',
    open: '在 Bridge 中打开',
    footer: '您收到此邮件，是因为此类通知开启了邮件提醒。可在“账户”页面选择接收哪些邮件通知：{url}',
  },
  ru: {
    greeting: 'Здравствуйте, {name}!',
    open: 'Открыть в Bridge',
    footer:
      'Вы получили это письмо, потому что для уведомлений такого типа включена рассылка. Выбрать, какие уведомления приходят на почту, можно на странице учётной записи: {url}',
  },
};
