import type { AreaDictionary } from '../dictionary.types';

export const account: AreaDictionary<'account'> = {
  account: {
    title: 'Ваша учётная запись',
    profile: 'Профиль',
    displayName: 'Отображаемое имя',
    email: 'Электронная почта',
    timeZone: 'Часовой пояс',
    timeZoneHint: 'Даты и время встреч показываются в этом часовом поясе.',
    language: 'Язык',
    languageHint: 'Используется в интерфейсе и в письмах.',
    saved: 'Профиль сохранён',
    password: {
      title: 'Смена пароля',
      current: 'Текущий пароль',
      new: 'Новый пароль',
      repeat: 'Повторите новый пароль',
      hint: 'Не менее {min} символов.',
      submit: 'Сменить пароль',
      changed: 'Пароль изменён. Все ваши другие сеансы завершены; в этом браузере вы остаётесь в системе.',
    },
  },
};
