import type { LocalizedText, OrganizationKind, VerificationStatus } from '@bridge/contracts';

/** The password of every demo account; printed at start while demo data is on. */
export const DEMO_PASSWORD = 'bridge-demo-2026';

export interface DemoAccount {
  role: string;
  email: string;
  displayName: string;
  locale: 'zh-CN' | 'en' | 'ru';
  organization: {
    kind: OrganizationKind;
    name: LocalizedText;
    description: LocalizedText;
    city: string;
    country: string;
    website: string;
    contactEmail: string;
    contactPhone: string;
    verificationStatus: VerificationStatus;
  } | null;
}

/** One verified organisation and user for every role, plus one unverified investor for the verification queue. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    role: 'organizer',
    email: 'organizer@bridge.demo',
    displayName: 'Wang Lei',
    locale: 'zh-CN',
    organization: {
      kind: 'ORGANIZER',
      name: {
        zh: '中俄创新创业大赛组委会',
        en: 'China–Russia Innovation and Entrepreneurship Competition Committee',
        ru: 'Оргкомитет Российско-китайского конкурса инноваций и предпринимательства',
      },
      description: {
        zh: '负责大赛的组织、评审和成果对接。',
        en: 'Runs the competition, its judging and the follow-up matchmaking.',
        ru: 'Проводит конкурс, экспертизу и последующий подбор партнёров.',
      },
      city: 'Beijing',
      country: 'China',
      website: 'https://committee.bridge.demo',
      contactEmail: 'office@committee.bridge.demo',
      contactPhone: '+86 10 5555 0100',
      verificationStatus: 'VERIFIED',
    },
  },
  {
    role: 'judge',
    email: 'judge@bridge.demo',
    displayName: 'Elena Sokolova',
    locale: 'ru',
    organization: null,
  },
  {
    role: 'start-up',
    email: 'startup@bridge.demo',
    displayName: 'Ivan Petrov',
    locale: 'ru',
    organization: {
      kind: 'STARTUP',
      name: { zh: '阿格罗视觉机器人', en: 'AgroVision Robotics', ru: 'АгроВижн Роботикс' },
      description: {
        en: 'Computer-vision robots that weed and harvest greenhouse crops.',
        ru: 'Роботы с компьютерным зрением для прополки и сбора урожая в теплицах.',
      },
      city: 'Novosibirsk',
      country: 'Russia',
      website: 'https://agrovision.bridge.demo',
      contactEmail: 'founders@agrovision.bridge.demo',
      contactPhone: '+7 383 555 0101',
      verificationStatus: 'VERIFIED',
    },
  },
  {
    role: 'investor',
    email: 'investor@bridge.demo',
    displayName: 'Li Na',
    locale: 'zh-CN',
    organization: {
      kind: 'INVESTOR',
      name: { zh: '丝路创投', en: 'Silk Road Ventures', ru: 'Венчурный фонд «Шёлковый путь»' },
      description: {
        zh: '专注早期硬科技与人工智能项目的风险投资基金。',
        en: 'Early-stage venture fund for deep tech and AI.',
      },
      city: 'Shanghai',
      country: 'China',
      website: 'https://silkroad-ventures.bridge.demo',
      contactEmail: 'deals@silkroad-ventures.bridge.demo',
      contactPhone: '+86 21 5555 0102',
      verificationStatus: 'VERIFIED',
    },
  },
  {
    role: 'science park',
    email: 'park@bridge.demo',
    displayName: 'Zhang Wei',
    locale: 'zh-CN',
    organization: {
      kind: 'SCIENCE_PARK',
      name: {
        zh: '北京示范创新园',
        en: 'Beijing Demo Innovation Park',
        ru: 'Пекинский демонстрационный инновационный парк',
      },
      description: {
        zh: '为海外科技企业提供办公、实验室和落地服务。',
        en: 'Offices, labs and landing services for overseas tech companies.',
        ru: 'Офисы, лаборатории и услуги по размещению для зарубежных технологических компаний.',
      },
      city: 'Beijing',
      country: 'China',
      website: 'https://park.bridge.demo',
      contactEmail: 'landing@park.bridge.demo',
      contactPhone: '+86 10 5555 0103',
      verificationStatus: 'VERIFIED',
    },
  },
  {
    role: 'R&D partner',
    email: 'partner@bridge.demo',
    displayName: 'Chen Jing',
    locale: 'en',
    organization: {
      kind: 'RD_PARTNER',
      name: {
        zh: '应用机器人研究所',
        en: 'Institute of Applied Robotics',
        ru: 'Институт прикладной робототехники',
      },
      description: { en: 'University institute seeking joint R&D in robotics and food tech.' },
      city: 'Harbin',
      country: 'China',
      website: 'https://iar.bridge.demo',
      contactEmail: 'rd@iar.bridge.demo',
      contactPhone: '+86 451 5555 0104',
      verificationStatus: 'VERIFIED',
    },
  },
  {
    role: 'investor (awaiting verification)',
    email: 'pending@bridge.demo',
    displayName: 'Sergey Volkov',
    locale: 'ru',
    organization: {
      kind: 'INVESTOR',
      name: { ru: 'Северный капитал', en: 'Northern Capital Partners' },
      description: { ru: 'Фонд, ожидающий проверки организатором.' },
      city: 'Saint Petersburg',
      country: 'Russia',
      website: 'https://northern.bridge.demo',
      contactEmail: 'hello@northern.bridge.demo',
      contactPhone: '+7 812 555 0105',
      verificationStatus: 'UNVERIFIED',
    },
  },
];
