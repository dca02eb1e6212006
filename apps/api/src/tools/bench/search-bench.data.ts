import { DEFAULT_COMPETITION_SETTINGS, DEFAULT_FIELDS } from '@bridge/contracts';
import type { LocalizedText } from '@bridge/contracts';
import { randomUUID } from 'crypto';
import type { Client } from 'pg';

/**
 * Synthetic trilingual projects for the search benchmark: field vocabularies in English, Russian
 * and Chinese drawn with Zipf-like weights (common words in many projects, rare ones in few), brand
 * names (for typo queries), six editions (four with published results), realistic statuses.
 */
const WORDS: Record<string, Record<'en' | 'ru' | 'zh', string[]>> = {
  AI: {
    en: 'neural network model learning vision language detection prediction analytics data platform assistant recognition classification segmentation inference training dataset transformer agent forecasting anomaly chatbot speech translation search ranking recommendation medical imaging diagnosis fraud risk credit retail'.split(
      ' ',
    ),
    ru: 'нейросеть модель обучение зрение язык распознавание прогноз аналитика данные платформа ассистент классификация сегментация обучения датасет агент прогнозирование аномалии чатбот речь перевод поиск ранжирование рекомендации медицина диагностика мошенничество риски кредит ритейл'.split(
      ' ',
    ),
    zh: '人工智能 神经网络 机器学习 模型 视觉 语言 识别 预测 分析 数据 平台 助手 分类 分割 推理 训练 数据集 智能体 异常 聊天 语音 翻译 搜索 推荐 医疗 影像 诊断 风控 信贷 零售'.split(
      ' ',
    ),
  },
  ROBOTICS: {
    en: 'robot robots manipulator drone drones autonomous navigation warehouse logistics gripper sensor lidar exoskeleton inspection welding assembly mobile platform controller actuator humanoid swarm delivery cleaning agricultural underwater pipeline mapping calibration servo'.split(
      ' ',
    ),
    ru: 'робот роботы манипулятор дрон дроны автономный навигация склад логистика захват датчик лидар экзоскелет инспекция сварка сборка мобильный платформа контроллер привод гуманоид рой доставка уборка сельскохозяйственный подводный трубопровод картография калибровка'.split(
      ' ',
    ),
    zh: '机器人 机械臂 无人机 自动驾驶 导航 仓储 物流 夹爪 传感器 激光雷达 外骨骼 巡检 焊接 装配 移动 平台 控制器 执行器 人形 集群 配送 清洁 农业 水下 管道 建图 标定 伺服'.split(
      ' ',
    ),
  },
  BIOTECH: {
    en: 'food protein fermentation enzyme probiotic microbiome genomics crispr vaccine diagnostics biosensor cell culture meat plant dairy nutrition packaging safety shelf aquaculture greenhouse soil fertilizer seed vertical farm algae biomass yeast'.split(
      ' ',
    ),
    ru: 'пища белок ферментация фермент пробиотик микробиом геномика вакцина диагностика биосенсор клетки культура мясо растения молоко питание упаковка безопасность аквакультура теплица почва удобрение семена вертикальная ферма водоросли биомасса дрожжи продукты'.split(
      ' ',
    ),
    zh: '食品 蛋白 发酵 酶 益生菌 微生物组 基因组 疫苗 诊断 生物传感器 细胞 培养肉 植物 乳制品 营养 包装 食品安全 保鲜 水产养殖 温室 土壤 肥料 种子 垂直农业 藻类 生物质 酵母 食品科技'.split(
      ' ',
    ),
  },
  GENERAL: {
    en: 'system solution service smart cloud mobile industrial energy efficient low cost scalable real time open startup team pilot customers market export china russia partner'.split(
      ' ',
    ),
    ru: 'система решение сервис умный облако мобильный промышленный энергия эффективный недорогой масштабируемый реальное время открытый стартап команда пилот клиенты рынок экспорт китай россия партнер проект проекты'.split(
      ' ',
    ),
    zh: '系统 解决方案 服务 智能 云 移动 工业 能源 高效 低成本 可扩展 实时 开放 初创 团队 试点 客户 市场 出口 中国 俄罗斯 合作 项目'.split(
      ' ',
    ),
  },
};
/** Made-up words for the long tail of each vocabulary: real descriptions use thousands of words. */
function tail(lang: 'en' | 'ru' | 'zh', count: number, seed: number): string[] {
  const r = prng(seed);
  const syllables: Record<'en' | 'ru', string[]> = {
    en: 'ka lo men dix tra vel sor bin qua ret pol nim zu fa gre tor hal vic ost ber'.split(' '),
    ru: 'ка ло мен дис тра вел сор бин ква рет пол ним зу фа гре тор хал вик ост бер'.split(' '),
  };
  const chars =
    '安宝贝北本比边表别并博步材财彩参草层长场超车城程池虫出初传创春词次从存达大带单导岛德灯地点电调定东动端队多儿法方防放飞分丰风服福高歌工功宫古谷关光广规贵国海行航好合河和黑红湖华化画环黄回会火机'.split(
      '',
    );
  const words = new Set<string>();
  while (words.size < count) {
    if (lang === 'zh') words.add(r.pick(chars) + r.pick(chars));
    else words.add(Array.from({ length: 2 + r.int(2) }, () => r.pick(syllables[lang])).join(''));
  }
  return [...words];
}

/**
 * A field's vocabulary in Zipf order: the made-up tail, with the real words placed at ranks 3, 4, 5,
 * … growing by 28% each — so the first real words are common and the later ones specific.
 */
function vocabulary(real: string[], lang: 'en' | 'ru' | 'zh', seed: number): string[] {
  const ranked = tail(lang, 2000, seed);
  real.forEach((word, i) => ranked.splice(Math.min(ranked.length, Math.round(3 * 1.28 ** i)), 0, word));
  return ranked;
}

const VOCABULARY: Record<string, Record<'en' | 'ru' | 'zh', string[]>> = Object.fromEntries(
  Object.entries(WORDS).map(([field, byLanguage], f) => [
    field,
    {
      en: field === 'GENERAL' ? byLanguage.en : vocabulary(byLanguage.en, 'en', 11 + f),
      ru: field === 'GENERAL' ? byLanguage.ru : vocabulary(byLanguage.ru, 'ru', 21 + f),
      zh: field === 'GENERAL' ? byLanguage.zh : vocabulary(byLanguage.zh, 'zh', 31 + f),
    },
  ]),
);

const PREFIXES =
  'Agro Neuro Robo Bio Aqua Geo Cyber Nano Opti Vita Terra Quanta Smart Deep Hydro Astro'.split(' ');
const SUFFIXES = 'Vision Scan Tech Lab Sense Mind Bot Gen Farm Flow Logic Wave Core Net Tronics Pulse'.split(
  ' ',
);
const CITIES = ['Moscow', 'Kazan', 'Novosibirsk', 'Tomsk', 'Saint Petersburg', 'Innopolis', 'Perm', 'Samara'];
const STAGES = ['IDEA', 'PROTOTYPE', 'MVP', 'EARLY_REVENUE', 'GROWTH', 'SCALING'];
const SEEKING = ['INVESTMENT', 'RD_PARTNER', 'CUSTOMERS', 'LANDING'];
const CURRENCIES = ['RUB', 'USD', 'CNY'];

export const BENCH_YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
/** Editions whose results are published (the last two are still open). */
const PUBLISHED_YEARS = new Set([2019, 2020, 2021, 2022]);

/** A small deterministic PRNG (mulberry32). */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)],
    /** Zipf-like: index i with weight 1 / (i + 1). */
    zipf: <T>(list: readonly T[]) => {
      const h = Math.log(list.length + 1);
      return list[Math.min(list.length - 1, Math.floor(Math.exp(next() * h) - 1))];
    },
  };
}

type Random = ReturnType<typeof prng>;

function words(r: Random, field: string, lang: 'en' | 'ru' | 'zh', count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++)
    out.push(r.zipf(r.next() < 0.7 ? VOCABULARY[field][lang] : VOCABULARY['GENERAL'][lang]));
  return out.join(lang === 'zh' ? '' : ' ');
}

function texts(r: Random, field: string, brand: string, counts: [number, number, number]) {
  const langs = (['en', 'ru', 'zh'] as const).filter((_, i) => r.next() < [0.8, 0.7, 0.5][i]);
  if (!langs.length) langs.push('en');
  const [title, summary, description]: LocalizedText[] = [{}, {}, {}];
  for (const lang of langs) {
    title[lang] =
      lang === 'zh' ? words(r, field, lang, counts[0]) : `${brand}: ${words(r, field, lang, counts[0])}`;
    summary[lang] = words(r, field, lang, counts[1]);
    description[lang] = words(r, field, lang, counts[2]);
  }
  return { title, summary, description };
}

export interface BenchWorld {
  competitions: Array<{ id: string; year: number; published: boolean; fields: Record<string, string> }>;
  projects: number;
}

async function insertJson(client: Client, table: string, columns: string, rows: object[]) {
  const names = columns.split(',').map((c) => c.trim().split(' ')[0]);
  await client.query(
    `INSERT INTO ${table} (${names.join(', ')}) SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${columns})`,
    [JSON.stringify(rows)],
  );
}

/** Writes editions, fields, start-ups and `count` projects straight to the database. */
export async function loadWorld(
  client: Client,
  count: number,
  onProgress: (done: number) => void,
): Promise<BenchWorld> {
  const r = prng(20_260_101);
  const competitions: BenchWorld['competitions'] = [];
  for (const [i, year] of BENCH_YEARS.entries()) {
    const id = randomUUID();
    const published = PUBLISHED_YEARS.has(year);
    await client.query(
      `INSERT INTO competitions (id, name, year, edition_number, stage, application_target, finalist_total, per_field_cap,
         unfilled_slot_rule, min_reviews, award_places, normalization_method, zscore_min_scores, reviews_per_project,
         judge_load_limit, bootstrap_rounds, finalists_published_at, awards_published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17)`,
      [
        id,
        { en: `Bench edition ${year}`, ru: `Конкурс ${year}`, zh: `${year}年大赛` },
        year,
        900 + i,
        published ? 'MATCHMAKING' : 'REGISTRATION',
        ...Object.values({ ...DEFAULT_COMPETITION_SETTINGS, applicationTarget: 20_000 }),
        published ? new Date(`${year}-11-01T00:00:00Z`) : null,
      ],
    );
    const fields: Record<string, string> = {};
    for (const [position, f] of DEFAULT_FIELDS.entries()) {
      fields[f.code] = randomUUID();
      await client.query(
        'INSERT INTO competition_fields (id, competition_id, code, name, position) VALUES ($1, $2, $3, $4, $5)',
        [fields[f.code], id, f.code, f.name, position],
      );
    }
    competitions.push({ id, year, published, fields });
  }
  const perEdition = Math.ceil(count / competitions.length);
  const organizations = Array.from({ length: perEdition }, () => randomUUID());
  for (let i = 0; i < organizations.length; i += 2000) {
    await insertJson(
      client,
      'organizations',
      'id uuid, kind text, name jsonb, verification_status text',
      organizations.slice(i, i + 2000).map((id, k) => ({
        id,
        kind: 'STARTUP',
        name: { en: `Bench start-up ${i + k}` },
        verification_status: 'VERIFIED',
      })),
    );
  }
  let done = 0;
  const batch: object[] = [];
  const flush = async () => {
    await insertJson(
      client,
      'projects',
      `id uuid, competition_id uuid, organization_id uuid, field_id uuid, status text, title jsonb, summary jsonb, description jsonb,
       tags jsonb, trl smallint, stage text, funding_ask_amount bigint, funding_ask_currency text, seeking jsonb, city text,
       visibility_consent boolean, published_score numeric, published_rank_in_field int, award_place smallint, created_at timestamptz`,
      batch.splice(0),
    );
    onProgress(done);
  };
  for (const edition of competitions) {
    for (let k = 0; k < perEdition && done < count; k++, done++) {
      const field = DEFAULT_FIELDS[r.int(3)].code;
      const brand = `${r.pick(PREFIXES)}${r.pick(SUFFIXES)}`;
      const roll = r.next();
      const status = edition.published
        ? roll < 0.04
          ? 'DRAFT'
          : roll < 0.06
            ? 'WITHDRAWN'
            : roll < 0.11
              ? 'FINALIST'
              : roll < 0.115
                ? 'AWARDED'
                : 'NOT_SELECTED'
        : roll < 0.1
          ? 'DRAFT'
          : roll < 0.12
            ? 'WITHDRAWN'
            : 'SUBMITTED';
      const scored = edition.published && !['DRAFT', 'WITHDRAWN'].includes(status);
      batch.push({
        id: randomUUID(),
        competition_id: edition.id,
        organization_id: organizations[k],
        field_id: edition.fields[field],
        status,
        ...texts(r, field, brand, [3 + r.int(3), 10 + r.int(8), 40 + r.int(40)]),
        tags: [r.zipf(WORDS[field]['en']), r.zipf(WORDS[field]['ru'])],
        trl: 1 + r.int(9),
        stage: r.pick(STAGES),
        funding_ask_amount: (1 + r.int(500)) * 1_000_000,
        funding_ask_currency: r.pick(CURRENCIES),
        seeking: [...new Set([r.pick(SEEKING), r.pick(SEEKING)])],
        city: r.pick(CITIES),
        visibility_consent: r.next() < 0.7,
        published_score: scored ? Math.round((40 + r.next() * 55) * 1000) / 1000 : null,
        published_rank_in_field: scored ? 1 + r.int(200) : null,
        award_place: status === 'AWARDED' ? 1 + r.int(3) : null,
        created_at: new Date(
          Date.UTC(edition.year, r.int(6), 1 + r.int(28), r.int(24), r.int(60)),
        ).toISOString(),
      });
      if (batch.length >= 2000) await flush();
    }
  }
  if (batch.length) await flush();
  return { competitions, projects: done };
}
