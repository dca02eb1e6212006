import type { Phrase } from './demo-words.types';

/** Phrases of the demo edition's texts, in Chinese, English and Russian: cities, teams, comments. */

export interface City {
  en: string;
  zh: string;
  /** Russian, in the prepositional case with its preposition: "в Москве". */
  ruIn: string;
  phone: string;
}

export const CITIES: City[] = [
  { en: 'Moscow', zh: '莫斯科', ruIn: 'в Москве', phone: '495' },
  { en: 'Saint Petersburg', zh: '圣彼得堡', ruIn: 'в Санкт-Петербурге', phone: '812' },
  { en: 'Novosibirsk', zh: '新西伯利亚', ruIn: 'в Новосибирске', phone: '383' },
  { en: 'Kazan', zh: '喀山', ruIn: 'в Казани', phone: '843' },
  { en: 'Tomsk', zh: '托木斯克', ruIn: 'в Томске', phone: '3822' },
  { en: 'Yekaterinburg', zh: '叶卡捷琳堡', ruIn: 'в Екатеринбурге', phone: '343' },
  { en: 'Innopolis', zh: '因诺波利斯', ruIn: 'в Иннополисе', phone: '843' },
  { en: 'Skolkovo', zh: '斯科尔科沃', ruIn: 'в Сколково', phone: '495' },
  { en: 'Nizhny Novgorod', zh: '下诺夫哥罗德', ruIn: 'в Нижнем Новгороде', phone: '831' },
  { en: 'Samara', zh: '萨马拉', ruIn: 'в Самаре', phone: '846' },
  { en: 'Krasnoyarsk', zh: '克拉斯诺亚尔斯克', ruIn: 'в Красноярске', phone: '391' },
  { en: 'Vladivostok', zh: '符拉迪沃斯托克', ruIn: 'во Владивостоке', phone: '423' },
];
/** Moscow, Saint Petersburg and the science cities come up more often, as in real applications. */
export const CITY_WEIGHTS = [9, 6, 5, 4, 3, 3, 3, 4, 2, 2, 2, 1];

/** Founders' names (synthetic combinations), transliterated as in their e-mail addresses. */
export const FOUNDER_NAMES = {
  female: {
    first: ['Anna', 'Maria', 'Olga', 'Irina', 'Daria', 'Ksenia', 'Yulia'],
    last: ['Volkova', 'Zaitseva', 'Belova', 'Karpova', 'Orekhova', 'Frolova', 'Lapina'],
  },
  male: {
    first: ['Pavel', 'Andrei', 'Sergei', 'Artem', 'Nikita', 'Ilya', 'Roman', 'Denis', 'Timur'],
    last: ['Sidorov', 'Gusev', 'Tikhonov', 'Melnikov', 'Zhukov', 'Borisov', 'Kiselev', 'Makarov', 'Galiev'],
  },
};

/** How the team is described; n is the team size. */
export const TEAM_LINES: Phrase[] = [
  {
    en: 'includes researchers from a leading technical university',
    ru: 'включает исследователей ведущего технического университета',
    zh: '核心成员来自知名理工大学',
  },
  {
    en: 'has shipped industrial systems for over ten years',
    ru: 'более десяти лет внедряет промышленные системы',
    zh: '拥有十余年工业系统交付经验',
  },
  {
    en: 'combines engineers and former customers from the industry',
    ru: 'объединяет инженеров и бывших заказчиков из отрасли',
    zh: '由工程师和行业客户出身的成员组成',
  },
  {
    en: 'spun out of an academic laboratory',
    ru: 'выделилась из академической лаборатории',
    zh: '孵化自高校实验室',
  },
];

/** What the funds are for, after "to" / "на" / "用于". */
export const GOALS: Phrase[] = [
  { en: 'scale up production', ru: 'масштабирование производства', zh: '扩大生产' },
  { en: 'certify the product in China', ru: 'сертификацию продукта в Китае', zh: '在中国完成产品认证' },
  { en: 'launch a pilot line', ru: 'запуск пилотной линии', zh: '建设中试线' },
  { en: 'expand the sales team', ru: 'расширение отдела продаж', zh: '扩充销售团队' },
  {
    en: 'finish clinical and field trials',
    ru: 'завершение клинических и полевых испытаний',
    zh: '完成临床与田间试验',
  },
];

/** Traction by stage: early (idea, prototype, MVP) or revenue (early revenue and later); n is a count. */
export const TRACTION: { early: Phrase[]; revenue: Phrase[] } = {
  early: [
    {
      en: 'A prototype has been tested with {n} potential customers.',
      ru: 'Прототип испытан у {n} потенциальных заказчиков.',
      zh: '原型已在{n}家潜在客户处完成测试。',
    },
    {
      en: 'Letters of intent have been signed with {n} companies.',
      ru: 'Подписаны письма о намерениях с {n} компаниями.',
      zh: '已与{n}家企业签署合作意向书。',
    },
  ],
  revenue: [
    {
      en: 'Paying customers: {n}, in Russia and Kazakhstan.',
      ru: 'Платящих клиентов: {n}, в России и Казахстане.',
      zh: '已有{n}家付费客户，分布于俄罗斯和哈萨克斯坦。',
    },
    {
      en: 'Revenue has doubled every year since launch; {n} contracts are running.',
      ru: 'Выручка удваивается каждый год с запуска; число действующих контрактов — {n}.',
      zh: '自上线以来收入每年翻番，目前执行中的合同{n}份。',
    },
  ],
};

export const LANDING_LINE: Phrase = {
  en: 'It is looking for a science park in China for its first overseas office.',
  ru: 'Команда ищет научный парк в Китае для первого зарубежного офиса.',
  zh: '团队正在中国寻找科技园，设立首个海外办公室。',
};
export const PARTNER_LINE: Phrase = {
  en: 'It is also open to joint R&D with Chinese universities.',
  ru: 'Открыта к совместным исследованиям с китайскими университетами.',
  zh: '同时希望与中国高校开展联合研发。',
};

/** Judges' comments by criterion and level (low, middle, high). */
export const COMMENTS: Record<string, [Phrase, Phrase, Phrase]> = {
  innovation: [
    {
      en: 'Similar solutions are already on the market.',
      ru: 'Похожие решения уже есть на рынке.',
      zh: '市场上已有类似方案。',
    },
    {
      en: 'Solid engineering, incremental novelty.',
      ru: 'Добротная инженерия, новизна умеренная.',
      zh: '工程扎实，创新性一般。',
    },
    {
      en: 'Genuinely new approach; patents filed.',
      ru: 'Действительно новый подход, поданы патентные заявки.',
      zh: '方法新颖，已申请专利。',
    },
  ],
  market: [
    { en: 'Market size is not substantiated.', ru: 'Объём рынка не обоснован.', zh: '市场规模缺乏依据。' },
    {
      en: 'Clear niche, but sales cycle is long.',
      ru: 'Понятная ниша, но длинный цикл продаж.',
      zh: '细分市场清晰，但销售周期较长。',
    },
    {
      en: 'Strong demand and paying pilots.',
      ru: 'Сильный спрос и платные пилоты.',
      zh: '需求旺盛，已有付费试点。',
    },
  ],
  team: [
    {
      en: 'No commercial lead in the team yet.',
      ru: 'В команде нет коммерческого руководителя.',
      zh: '团队缺少商务负责人。',
    },
    { en: 'Competent technical team.', ru: 'Сильная техническая команда.', zh: '技术团队能力较强。' },
    {
      en: 'Experienced founders who have exited before.',
      ru: 'Опытные основатели с успешным выходом в прошлом.',
      zh: '创始人经验丰富，曾有成功退出。',
    },
  ],
  feasibility: [
    {
      en: 'Too early: the key component is untested.',
      ru: 'Слишком рано: ключевой узел не испытан.',
      zh: '尚早：关键部件未经验证。',
    },
    {
      en: 'Plan is realistic with more funding.',
      ru: 'План реалистичен при дополнительном финансировании.',
      zh: '资金到位后计划可行。',
    },
    {
      en: 'Already working at customer sites.',
      ru: 'Уже работает на объектах заказчиков.',
      zh: '已在客户现场运行。',
    },
  ],
  chinaFit: [
    {
      en: 'Little thought given to the Chinese market.',
      ru: 'Китайский рынок почти не проработан.',
      zh: '对中国市场考虑不足。',
    },
    {
      en: 'Has contacts in China, no partner yet.',
      ru: 'Есть контакты в Китае, партнёра пока нет.',
      zh: '在华有联系人，尚无合作伙伴。',
    },
    {
      en: 'Obvious fit for Chinese parks and customers.',
      ru: 'Очевидно интересен китайским паркам и заказчикам.',
      zh: '非常适合中国园区和客户。',
    },
  ],
  pitch: [
    {
      en: 'The pitch ran over time and missed the ask.',
      ru: 'Выступление затянуто, запрос не прозвучал.',
      zh: '路演超时，未讲清融资需求。',
    },
    {
      en: 'Clear pitch; answers could be sharper.',
      ru: 'Понятная презентация, ответы можно точнее.',
      zh: '路演清晰，答辩可更精准。',
    },
    {
      en: 'Excellent pitch and confident answers.',
      ru: 'Отличное выступление и уверенные ответы.',
      zh: '路演出色，答辩自信。',
    },
  ],
  investmentReadiness: [
    {
      en: 'Financial model needs work.',
      ru: 'Финансовую модель нужно дорабатывать.',
      zh: '财务模型需完善。',
    },
    {
      en: 'Reasonable valuation and use of funds.',
      ru: 'Разумная оценка и план использования средств.',
      zh: '估值与资金用途合理。',
    },
    { en: 'Ready for a term sheet.', ru: 'Готовы к term sheet.', zh: '已具备签署投资条款书的条件。' },
  ],
  landingPotential: [
    { en: 'No concrete landing plan.', ru: 'Нет конкретного плана локализации.', zh: '缺少具体落地计划。' },
    {
      en: 'Could land with park support.',
      ru: 'Возможна локализация при поддержке парка.',
      zh: '在园区支持下可落地。',
    },
    {
      en: 'Already in talks with two parks.',
      ru: 'Уже ведёт переговоры с двумя парками.',
      zh: '已与两家园区洽谈。',
    },
  ],
};

/** Why a judge declined to score an assignment, in the judge's language. */
export const ABSTAIN_REASONS: Phrase[] = [
  {
    en: 'I consulted for a direct competitor of this team in 2019.',
    ru: 'В 2019 году консультировал прямого конкурента этой команды.',
    zh: '我在2019年曾为该团队的直接竞争对手提供咨询。',
  },
  {
    en: 'The team lead is my former PhD student; I noticed only after opening the application.',
    ru: 'Руководитель проекта — мой бывший аспирант; заметил только после открытия заявки.',
    zh: '项目负责人是我以前的博士生，打开申请后才发现。',
  },
  {
    en: 'Outside my expertise; please reassign.',
    ru: 'Вне моей компетенции, прошу переназначить.',
    zh: '超出我的专业范围，请重新分配。',
  },
  {
    en: 'A family member works for the pilot customer named in the application.',
    ru: 'Член моей семьи работает у пилотного заказчика из заявки.',
    zh: '我的家人在申请中提到的试点客户处工作。',
  },
  {
    en: 'Our fund is negotiating an investment in this company.',
    ru: 'Наш фонд ведёт переговоры об инвестиции в эту компанию.',
    zh: '我所在的基金正在与该公司洽谈投资。',
  },
];
