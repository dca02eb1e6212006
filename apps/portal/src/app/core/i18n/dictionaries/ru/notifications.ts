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
    introduction: {
      requested: '{organization} хочет познакомиться с вами по проекту «{project}».',
      accepted:
        '{organization} приняла ваш запрос на знакомство по проекту «{project}»: контакты и переписка открыты.',
      declined: '{organization} отклонила ваш запрос на знакомство по проекту «{project}».',
      expired: 'Ваш запрос на знакомство по проекту «{project}» истёк без ответа.',
      withdrawn: '{organization} отозвала запрос на знакомство по проекту «{project}».',
      note: 'Новая заметка от {organization} к запросу на знакомство по проекту «{project}».',
    },
    conversation: {
      newMessages: 'Новые сообщения от {organization} по проекту «{project}».',
    },
    meeting: {
      proposed: '{organization} предлагает время встречи по проекту «{project}».',
      confirmed: 'Встреча по проекту «{project}» подтверждена.',
      cancelled: '{organization} отменила встречу по проекту «{project}».',
    },
    engagement: {
      started: '{organization} начала сотрудничество ({kind}) по проекту «{project}».',
      moved: '{organization} перевела сотрудничество по проекту «{project}» на этап {stage}.',
    },
    milestone: {
      due: 'Срок этапа «{milestone}» сотрудничества по проекту «{project}» — {dueOn}.',
    },
    landing: {
      offerOpened: '{park} открыл предложение о размещении «{offer}»: проект {project} подходит.',
      applied: 'Проект {project} подал заявку на ваше предложение «{offer}».',
      invited: '{park} приглашает проект {project} по предложению «{offer}».',
      rejected: '{park} не принял заявку проекта {project} на «{offer}».',
      accepted:
        'Проект {project} принял приглашение по предложению «{offer}»: началось сопровождение размещения.',
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
