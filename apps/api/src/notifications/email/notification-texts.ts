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
  'notifications.engagement.started': {
    en: {
      subject: 'Bridge: {organization} started an engagement about {project}',
      body: '{organization} started a {kind} engagement about {project}. Follow its stages and milestones in Bridge.',
    },
    'zh-CN': {
      subject: 'Bridge：{organization} 就 {project} 发起了合作',
      body: '{organization} 就 {project} 发起了一项合作（{kind}）。请在 Bridge 中跟进其阶段和里程碑。',
    },
    ru: {
      subject: 'Bridge: {organization} начала сотрудничество по проекту {project}',
      body: '{organization} начала сотрудничество ({kind}) по проекту {project}. Следите за его этапами и вехами в Bridge.',
    },
  },
  'notifications.engagement.moved': {
    en: {
      subject: 'Bridge: the engagement about {project} moved to {stage}',
      body: '{organization} moved the engagement about {project} to the stage {stage}. The note and the history are in Bridge.',
    },
    'zh-CN': {
      subject: 'Bridge：关于 {project} 的合作进入 {stage} 阶段',
      body: '{organization} 将关于 {project} 的合作推进到了 {stage} 阶段。备注和历史记录请在 Bridge 中查看。',
    },
    ru: {
      subject: 'Bridge: сотрудничество по проекту {project} перешло на этап {stage}',
      body: '{organization} перевела сотрудничество по проекту {project} на этап {stage}. Комментарий и история — в Bridge.',
    },
  },
  'notifications.milestone.due': {
    en: {
      subject: 'Bridge: milestone “{milestone}” is due on {dueOn}',
      body: 'The milestone “{milestone}” of the engagement about {project} is due on {dueOn} and is not done yet.',
    },
    'zh-CN': {
      subject: 'Bridge：里程碑“{milestone}”将于 {dueOn} 到期',
      body: '关于 {project} 的合作里程碑“{milestone}”将于 {dueOn} 到期，目前尚未完成。',
    },
    ru: {
      subject: 'Bridge: срок вехи «{milestone}» — {dueOn}',
      body: 'Срок вехи «{milestone}» сотрудничества по проекту {project} — {dueOn}, а она ещё не выполнена.',
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
  'notifications.landing.offerOpened': {
    en: {
      subject: 'Bridge: {park} opened a landing offer your project qualifies for',
      body: '{park} opened the landing offer “{offer}”, and {project} meets its eligibility rules. Compare it with other offers and apply in Bridge.',
    },
    'zh-CN': {
      subject: 'Bridge：{park} 发布了您的项目符合条件的落地政策',
      body: '{park} 发布了落地政策“{offer}”，{project} 符合其申请条件。请在 Bridge 中与其他政策比较并提交申请。',
    },
    ru: {
      subject: 'Bridge: {park} открыл предложение о размещении, подходящее вашему проекту',
      body: '{park} открыл предложение «{offer}», и проект {project} соответствует его условиям. Сравните его с другими предложениями и подайте заявку в Bridge.',
    },
  },
  'notifications.landing.applied': {
    en: {
      subject: 'Bridge: {project} applied to “{offer}”',
      body: '{project} applied to your landing offer “{offer}”. Read the application and shortlist, invite or reject it.',
    },
    'zh-CN': {
      subject: 'Bridge：{project} 申请了“{offer}”',
      body: '{project} 申请了您的落地政策“{offer}”。请查看申请，并将其列入候选、发出邀请或拒绝。',
    },
    ru: {
      subject: 'Bridge: проект {project} подал заявку на «{offer}»',
      body: 'Проект {project} подал заявку на ваше предложение о размещении «{offer}». Прочитайте заявку и внесите её в шорт-лист, пригласите или отклоните.',
    },
  },
  'notifications.landing.invited': {
    en: {
      subject: 'Bridge: {park} invites {project} to land',
      body: '{park} invites {project} under its landing offer “{offer}”. Accept the invitation in Bridge to start the landing.',
    },
    'zh-CN': {
      subject: 'Bridge：{park} 邀请 {project} 落地',
      body: '{park} 依据其落地政策“{offer}”邀请 {project} 入驻。请在 Bridge 中接受邀请以启动落地流程。',
    },
    ru: {
      subject: 'Bridge: {park} приглашает проект {project}',
      body: '{park} приглашает проект {project} по предложению о размещении «{offer}». Примите приглашение в Bridge, чтобы начать размещение.',
    },
  },
  'notifications.landing.rejected': {
    en: {
      subject: 'Bridge: your application to “{offer}” was not accepted',
      body: '{park} did not accept the application of {project} to “{offer}”. The reason is in Bridge; other offers may fit.',
    },
    'zh-CN': {
      subject: 'Bridge：您对“{offer}”的申请未被接受',
      body: '{park} 未接受 {project} 对“{offer}”的申请。原因请在 Bridge 中查看；其他落地政策或许更合适。',
    },
    ru: {
      subject: 'Bridge: заявка на «{offer}» не принята',
      body: '{park} не принял заявку проекта {project} на «{offer}». Причина указана в Bridge; возможно, подойдут другие предложения.',
    },
  },
  'notifications.landing.accepted': {
    en: {
      subject: 'Bridge: {project} accepted your invitation',
      body: '{project} accepted your invitation under “{offer}”. A landing engagement has started in Bridge.',
    },
    'zh-CN': {
      subject: 'Bridge：{project} 接受了您的邀请',
      body: '{project} 接受了您依据“{offer}”发出的邀请。落地合作流程已在 Bridge 中启动。',
    },
    ru: {
      subject: 'Bridge: проект {project} принял ваше приглашение',
      body: 'Проект {project} принял ваше приглашение по предложению «{offer}». В Bridge началось сопровождение размещения.',
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
