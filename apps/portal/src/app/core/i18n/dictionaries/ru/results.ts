import type { AreaDictionary } from '../dictionary.types';

export const results: AreaDictionary<'results'> = {
  results: {
    pageTitle: 'Результаты',
    projectPageTitle: 'Проект',
    latestTitle: 'Результаты:',
    allResults: 'Все результаты этого конкурса',
    loadFailed: 'Не удалось загрузить последние результаты',
    edition: '{year} · {number}-й конкурс',
    fields: 'Направления',
    timeline: 'Этапы',
    winners: 'Победители',
    finalistsIn: 'Финалисты направления',
    otherFinalists: 'Другие финалисты',
    noFinalists: 'Финалистов этого конкурса показать нельзя.',
    notPublished: 'Результаты этого конкурса ещё не опубликованы.',
    projectNotFound: 'Этот проект не публичный',
    projectNotFoundText: 'Возможно, его нет, или его видят только команда и организаторы.',
  },
};
