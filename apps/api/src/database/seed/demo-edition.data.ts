import type { CompetitionStage, LocalizedText } from '@bridge/contracts';

/** The fixed content of the demo editions: texts, criteria, timeline, judges, cities. All names are synthetic. */

export const PAST_EDITION = { year: 2020, editionNumber: 6, seed: 20200601 };
export const CURRENT_EDITION = { year: 2026, editionNumber: 12, seed: 20260901 };

export const ORGANISERS: LocalizedText = {
  zh: '中俄创新创业大赛组委会主办，北京与莫斯科的合作科技园协办。',
  en: 'Organised by the China–Russia Innovation and Entrepreneurship Competition Committee with partner science parks in Beijing and Moscow.',
  ru: 'Организатор — оргкомитет Российско-китайского конкурса инноваций и предпринимательства при участии партнёрских научных парков Пекина и Москвы.',
};

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

export function editionName(year: number, ordinal: number): LocalizedText {
  const roman =
    ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII'][ordinal] ??
    String(ordinal);
  const zhNumbers = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'];
  return {
    zh: `第${zhNumbers[ordinal] ?? ordinal}届中俄创新创业大赛（${year}）`,
    en: `${ordinal}${ordinalSuffix(ordinal)} China–Russia Innovation and Entrepreneurship Competition (${year})`,
    ru: `${roman} Российско-китайский конкурс инноваций и предпринимательства (${year})`,
  };
}

/** The 2020 timeline (online video final because of the pandemic). */
export const PAST_TIMELINE: Array<{ stage: CompetitionStage; startsOn: string; endsOn: string | null }> = [
  { stage: 'REGISTRATION', startsOn: '2020-06-01', endsOn: '2020-08-31' },
  { stage: 'PRELIMINARY_REVIEW', startsOn: '2020-09-01', endsOn: '2020-09-30' },
  { stage: 'FINALISTS_ANNOUNCED', startsOn: '2020-10-09', endsOn: '2020-10-20' },
  { stage: 'FINAL', startsOn: '2020-10-21', endsOn: '2020-11-11' },
  { stage: 'AWARDS', startsOn: '2020-11-20', endsOn: '2020-11-20' },
  { stage: 'MATCHMAKING', startsOn: '2020-11-21', endsOn: '2021-11-30' },
];

export const CURRENT_TIMELINE: Array<{ stage: CompetitionStage; startsOn: string; endsOn: string | null }> = [
  { stage: 'REGISTRATION', startsOn: '2026-09-01', endsOn: '2027-01-31' },
  { stage: 'PRELIMINARY_REVIEW', startsOn: '2027-02-01', endsOn: '2027-03-15' },
  { stage: 'FINALISTS_ANNOUNCED', startsOn: '2027-03-25', endsOn: '2027-04-10' },
  { stage: 'FINAL', startsOn: '2027-04-11', endsOn: '2027-05-20' },
  { stage: 'AWARDS', startsOn: '2027-05-28', endsOn: '2027-05-28' },
  { stage: 'MATCHMAKING', startsOn: '2027-05-29', endsOn: null },
];

export interface CriterionSpec {
  key: string;
  name: LocalizedText;
  description: LocalizedText;
  weight: number;
  maxScore: number;
}

export const PRELIMINARY_CRITERIA: CriterionSpec[] = [
  {
    key: 'innovation',
    name: { zh: '创新性', en: 'Innovation', ru: 'Инновационность' },
    description: {
      zh: '技术的新颖性和壁垒。',
      en: 'Novelty of the technology and how hard it is to copy.',
      ru: 'Новизна технологии и сложность её воспроизведения.',
    },
    weight: 30,
    maxScore: 10,
  },
  {
    key: 'market',
    name: { zh: '市场潜力', en: 'Market potential', ru: 'Рыночный потенциал' },
    description: {
      zh: '市场规模、需求和商业模式。',
      en: 'Market size, demand and business model.',
      ru: 'Объём рынка, спрос и бизнес-модель.',
    },
    weight: 25,
    maxScore: 10,
  },
  {
    key: 'team',
    name: { zh: '团队', en: 'Team', ru: 'Команда' },
    description: {
      zh: '团队的经验与完整性。',
      en: 'Experience and completeness of the team.',
      ru: 'Опыт и полнота команды.',
    },
    weight: 20,
    maxScore: 10,
  },
  {
    key: 'feasibility',
    name: { zh: '可行性', en: 'Feasibility', ru: 'Реализуемость' },
    description: {
      zh: '技术成熟度与实施计划。',
      en: 'Technology readiness and the plan to deliver.',
      ru: 'Готовность технологии и план реализации.',
    },
    weight: 15,
    maxScore: 10,
  },
  {
    key: 'chinaFit',
    name: { zh: '中国市场契合度', en: 'Fit with China', ru: 'Соответствие рынку Китая' },
    description: {
      zh: '在中国落地与合作的前景。',
      en: 'Prospects of landing and partnering in China.',
      ru: 'Перспективы выхода на рынок Китая и партнёрства.',
    },
    weight: 10,
    maxScore: 10,
  },
];

export const FINAL_CRITERIA: CriterionSpec[] = [
  {
    key: 'pitch',
    name: { zh: '路演表现', en: 'Pitch', ru: 'Презентация' },
    description: {
      zh: '视频路演与答辩。',
      en: 'The video pitch and the Q&A.',
      ru: 'Видеопрезентация и ответы на вопросы.',
    },
    weight: 40,
    maxScore: 10,
  },
  {
    key: 'investmentReadiness',
    name: { zh: '投资准备度', en: 'Investment readiness', ru: 'Инвестиционная готовность' },
    description: {
      zh: '财务模型、估值与资金用途。',
      en: 'Financial model, valuation and use of funds.',
      ru: 'Финансовая модель, оценка и направления использования средств.',
    },
    weight: 30,
    maxScore: 10,
  },
  {
    key: 'landingPotential',
    name: { zh: '落地潜力', en: 'Landing potential', ru: 'Потенциал локализации' },
    description: {
      zh: '在中国科技园落地的可行性。',
      en: 'How realistic a landing in a Chinese science park is.',
      ru: 'Насколько реалистично размещение в китайском научном парке.',
    },
    weight: 30,
    maxScore: 10,
  },
];

export interface JudgeSpec {
  /** judge01 … judge11, or 'judge' for the existing demo judge. */
  login: string;
  displayName: string;
  locale: 'zh-CN' | 'en' | 'ru';
  affiliation: string;
  /** True leniency in points on the 0–100 scale (hidden; the selection has to find it). */
  offset: number;
  /** True spread: how far from the middle the judge's marks go. */
  spread: number;
  loadLimit: number | null;
}

export const JUDGES: JudgeSpec[] = [
  {
    login: 'judge',
    displayName: 'Elena Sokolova',
    locale: 'ru',
    affiliation: 'Siberian Institute of Applied Informatics',
    offset: -4,
    spread: 1.1,
    loadLimit: null,
  },
  {
    login: 'judge01',
    displayName: 'Zhao Ming',
    locale: 'zh-CN',
    affiliation: 'Haidian Demo Science Park',
    offset: 10,
    spread: 0.8,
    loadLimit: null,
  },
  {
    login: 'judge02',
    displayName: 'Dmitry Orlov',
    locale: 'ru',
    affiliation: 'Moscow Deep Tech Expert Council',
    offset: -11,
    spread: 1.3,
    loadLimit: null,
  },
  {
    login: 'judge03',
    displayName: 'Liu Yang',
    locale: 'zh-CN',
    affiliation: 'Pearl River Hardware Angels',
    offset: 6,
    spread: 1.0,
    loadLimit: null,
  },
  {
    login: 'judge04',
    displayName: 'Anna Kuznetsova',
    locale: 'ru',
    affiliation: 'Volga Tech Ventures',
    offset: -2,
    spread: 0.7,
    loadLimit: null,
  },
  {
    login: 'judge05',
    displayName: 'Chen Hao',
    locale: 'zh-CN',
    affiliation: 'Zhongguancun Demo Bio Incubator',
    offset: 12,
    spread: 1.4,
    loadLimit: null,
  },
  {
    login: 'judge06',
    displayName: 'Mikhail Lebedev',
    locale: 'ru',
    affiliation: 'Tomsk Demo Polytechnic',
    offset: -7,
    spread: 0.9,
    loadLimit: null,
  },
  {
    login: 'judge07',
    displayName: 'Sun Li',
    locale: 'zh-CN',
    affiliation: 'West Lake AI Research Centre',
    offset: 3,
    spread: 1.2,
    loadLimit: null,
  },
  {
    login: 'judge08',
    displayName: 'Olga Morozova',
    locale: 'ru',
    affiliation: 'Ural Industrial Robotics Cluster',
    offset: 0,
    spread: 1.0,
    loadLimit: null,
  },
  {
    login: 'judge09',
    displayName: 'Wang Fang',
    locale: 'zh-CN',
    affiliation: 'Suzhou Food Innovation Park',
    offset: -12,
    spread: 0.75,
    loadLimit: 24,
  },
  {
    login: 'judge10',
    displayName: 'Alexei Romanov',
    locale: 'en',
    affiliation: 'Kama Innovation Fund',
    offset: 8,
    spread: 1.1,
    loadLimit: null,
  },
  {
    login: 'judge11',
    displayName: 'Li Qiang',
    locale: 'en',
    affiliation: 'Songhua River Tech Transfer Centre',
    offset: -6,
    spread: 1.25,
    loadLimit: null,
  },
];

export const OVERRIDE_REASON =
  'The team withdrew from the online final on 4 October 2020 (letter to the committee); the next-ranked project in the field takes the place.';
