import type { AreaDictionary } from '../dictionary.types';

export const results: AreaDictionary<'results'> = {
  results: {
    pageTitle: '评审结果',
    projectPageTitle: '项目',
    latestTitle: '评审结果：',
    allResults: '查看本届全部结果',
    loadFailed: '无法加载最新结果',
    edition: '{year} 年 · 第 {number} 届',
    fields: '领域',
    timeline: '赛程',
    winners: '获奖项目',
    finalistsIn: '决赛入围项目：',
    otherFinalists: '其他入围项目',
    noFinalists: '本届没有可显示的入围项目。',
    notPublished: '本届评审结果尚未公布。',
    projectNotFound: '此项目未公开',
    projectNotFoundText: '该项目可能不存在，或仅对其团队和主办方可见。',
  },
};
