import type { AreaDictionary } from '../dictionary.types';

export const notifications: AreaDictionary<'notifications'> = {
  notifications: {
    selection: {
      finalist: 'Поздравляем! Проект «{project}» вышел в финал!',
      notSelected: 'Проект «{project}» не прошёл в финал. Спасибо за участие.',
    },
    awards: {
      place: 'Итоги награждения опубликованы: проект «{project}» занял {place}-е место.',
    },
    judging: {
      reminder: 'Напоминание: проектов к оценке в конкурсе «{competition}»: {open}.',
    },
    savedSearch: {
      match: 'Новый проект по сохранённому поиску «{search}»: {project}.',
      matches: 'Новых проектов по сохранённому поиску «{search}»: {count}.',
    },
  },
  notificationsPage: {
    title: 'Уведомления',
    intro: 'Новости о ваших проектах, назначениях и конкурсе.',
    unreadOnly: 'Только непрочитанные',
    markAllRead: 'Отметить все прочитанными',
    allMarked: 'Все уведомления отмечены прочитанными',
    unread: 'Не прочитано',
    none: 'Уведомлений пока нет',
    noneUnread: 'Непрочитанных уведомлений нет',
    noneText: 'Здесь появятся уведомления, когда что-то потребует вашего внимания.',
    unknown: 'У вас новое уведомление.',
    bell: 'Уведомления',
    bellUnread: 'Уведомления: непрочитанных — {count}',
  },
};
