import type { ContentLanguage, Currency, LocalizedText, ProjectStage, SeekingKind } from '@bridge/contracts';
import { agroVisionProject } from './demo-agrovision';
import {
  CITIES,
  CITY_WEIGHTS,
  City,
  FOUNDER_NAMES,
  GOALS,
  TEAM_LINES,
  TRACTION,
} from './demo-edition.phrases';
import { Benefit, FIELD_BANKS, FieldBank, NAME_PARTS } from './demo-edition.words';
import { DemoRandom, at, clamp, demoUuid } from './demo-random';
import { aspectsOf } from './demo-quality';
import { TitleParts, descriptionText, only, summaryText, titleText } from './demo-text';

/**
 * The pure part of the demo edition: synthetic start-ups and their projects, with a hidden true
 * quality each, generated from a seeded PRNG (same seed, same edition).
 */

export interface DemoOrganization {
  id: string;
  fieldCode: FieldBank['code'];
  name: LocalizedText;
  slug: string;
  city: City;
  foundedYear: number;
  founder: string;
  website: string;
  contactEmail: string;
  contactPhone: string;
}

export interface DemoProject {
  id: string;
  /** null: the existing demo start-up (AgroVision Robotics) owns it. */
  organizationId: string | null;
  fieldCode: FieldBank['code'];
  title: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText;
  tags: string[];
  trl: number;
  stage: ProjectStage;
  fundingAskAmount: number;
  fundingAskCurrency: Currency;
  seeking: SeekingKind[];
  teamSize: number;
  foundedYear: number;
  city: string;
  pitchDeckUrl: string | null;
  videoUrl: string | null;
  contactEmail: string;
  contactPhone: string;
  contactMessenger: string | null;
  visibilityConsent: boolean;
  submittedAt: Date;
  withdrawnAt: Date | null;
  /** Hidden true quality (0–100) and its per-criterion aspects, preliminary and final. */
  quality: number;
  aspects: Record<string, number>;
}

const STAGES: Array<{
  stage: ProjectStage;
  share: number;
  trl: [number, number];
  team: [number, number];
  usdK: [number, number];
  age: [number, number];
  bonus: number;
}> = [
  { stage: 'IDEA', share: 0.08, trl: [2, 3], team: [2, 5], usdK: [50, 200], age: [0, 1], bonus: -8 },
  { stage: 'PROTOTYPE', share: 0.22, trl: [3, 5], team: [3, 8], usdK: [150, 500], age: [1, 2], bonus: -4 },
  { stage: 'MVP', share: 0.3, trl: [5, 6], team: [4, 15], usdK: [300, 1000], age: [1, 3], bonus: 0 },
  {
    stage: 'EARLY_REVENUE',
    share: 0.25,
    trl: [6, 8],
    team: [8, 30],
    usdK: [500, 2000],
    age: [2, 5],
    bonus: 3,
  },
  { stage: 'GROWTH', share: 0.12, trl: [7, 9], team: [15, 60], usdK: [1000, 5000], age: [4, 7], bonus: 5 },
  { stage: 'SCALING', share: 0.03, trl: [8, 9], team: [30, 120], usdK: [2000, 8000], age: [5, 8], bonus: 6 },
];

/** Which languages a project is written in: most in all three, some in one or two (realistic). */
const LANGUAGE_SETS: Array<{ share: number; languages: ContentLanguage[] }> = [
  { share: 0.55, languages: ['zh', 'en', 'ru'] },
  { share: 0.2, languages: ['en', 'ru'] },
  { share: 0.1, languages: ['ru'] },
  { share: 0.08, languages: ['en'] },
  { share: 0.07, languages: ['zh', 'en'] },
];

function weighted<T extends { share: number }>(rng: DemoRandom, items: readonly T[]): T {
  let roll = rng.next() * items.reduce((sum, item) => sum + item.share, 0);
  for (const item of items) {
    roll -= item.share;
    if (roll < 0) return item;
  }
  return items[items.length - 1];
}

function benefitNumber(rng: DemoRandom, benefit: Benefit): number {
  const [min, max, step = 1] = benefit.range ?? [0, 0];
  return min + step * rng.int(0, Math.floor((max - min) / step));
}

function pickCity(rng: DemoRandom): City {
  return weighted(
    rng,
    CITIES.map((city, i) => ({ city, share: CITY_WEIGHTS[i] })),
  ).city;
}

/** A nice round amount in major units, about `usd` US dollars, in the currency. */
function fundingAsk(rng: DemoRandom, usd: number): { amount: number; currency: Currency } {
  const currency = weighted(rng, [
    { currency: 'RUB' as const, share: 0.5 },
    { currency: 'USD' as const, share: 0.3 },
    { currency: 'CNY' as const, share: 0.2 },
  ]).currency;
  const perUsd = { RUB: 73, USD: 1, CNY: 7 }[currency];
  const step = { RUB: 1_000_000, USD: 50_000, CNY: 500_000 }[currency];
  return { currency, amount: Math.max(step, Math.round((usd * perUsd) / step) * step) };
}

/** Start-up names: a prefix and a suffix of the field's banks, unique across the edition. */
export function organizationNames(rng: DemoRandom, bank: FieldBank, count: number, taken: Set<string>) {
  const names: Array<{ en: string; ru: string; zh: string }> = [];
  const pairs = rng.shuffle(
    bank.namePrefixes.flatMap((prefix) => bank.nameSuffixes.map((suffix) => [prefix, suffix])),
  );
  for (const [prefix, suffix] of pairs) {
    if (names.length === count) break;
    const en = `${prefix}${suffix}`;
    const zh = `${NAME_PARTS[prefix].zh}${NAME_PARTS[suffix].zh}`;
    if (taken.has(en.toLowerCase()) || NAME_PARTS[prefix].zh === NAME_PARTS[suffix].zh) continue;
    taken.add(en.toLowerCase());
    names.push({ en, zh, ru: `${NAME_PARTS[prefix].ru}${NAME_PARTS[suffix].ru}` });
  }
  if (names.length < count) throw new Error(`not enough ${bank.code} names`);
  return names;
}

function founderOf(rng: DemoRandom): string {
  const names = rng.chance(0.4) ? FOUNDER_NAMES.female : FOUNDER_NAMES.male;
  return `${rng.pick(names.first)} ${rng.pick(names.last)}`;
}

export function planOrganization(
  rng: DemoRandom,
  key: string,
  bank: FieldBank,
  name: { en: string; ru: string; zh: string },
  year: number,
): DemoOrganization {
  const slug = name.en.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const city = pickCity(rng);
  const founder = founderOf(rng);
  return {
    id: demoUuid(key),
    fieldCode: bank.code,
    // Most teams give a Chinese name; some only English and Russian.
    name: rng.chance(0.7) ? { ...name } : { en: name.en, ru: name.ru },
    slug,
    city,
    foundedYear: year - rng.int(0, 6),
    founder,
    website: `https://${slug}.bridge.demo`,
    contactEmail: `${founder.toLowerCase().replace(' ', '.')}@${slug}.bridge.demo`,
    contactPhone: `+7 ${city.phone} 555 ${String(rng.int(1000, 9999))}`,
  };
}

export interface PlanProjectOptions {
  key: string;
  organization: DemoOrganization;
  bank: FieldBank;
  /** Year of the edition: the project is written as of then. */
  year: number;
  submittedAt: Date;
  used: Set<string>;
}

export function planProject(rng: DemoRandom, o: PlanProjectOptions): DemoProject {
  const { bank, organization } = o;
  const pickParts = () => {
    const bankProduct = rng.pick(bank.products);
    const parts: TitleParts = {
      product: bankProduct.product,
      application: rng.pick(bankProduct.applications),
      technology: rng.pick(bankProduct.technologies),
    };
    return { bankProduct, parts, key: `${parts.product.en}|${parts.application.en}|${parts.technology.en}` };
  };
  let chosen = pickParts();
  while (o.used.has(chosen.key)) chosen = pickParts();
  o.used.add(chosen.key);
  const { parts, bankProduct } = chosen;

  const stage = weighted(rng, STAGES);
  const languages = weighted(rng, LANGUAGE_SETS).languages;
  const benefits: [Benefit, Benefit] = [rng.pick(bankProduct.benefits), rng.pick(bank.benefits)];
  const teamSize = rng.int(stage.team[0], stage.team[1]);
  const ask = fundingAsk(rng, rng.int(stage.usdK[0], stage.usdK[1]) * 1000);
  const seeking: SeekingKind[] = (['INVESTMENT', 'LANDING', 'RD_PARTNER', 'CUSTOMERS'] as const).filter(
    (kind) => rng.chance({ INVESTMENT: 0.85, LANDING: 0.6, RD_PARTNER: 0.35, CUSTOMERS: 0.45 }[kind]),
  );
  if (!seeking.length) seeking.push('INVESTMENT');
  const foundedYear = Math.min(organization.foundedYear, o.year - rng.int(stage.age[0], stage.age[1]));
  const revenue = ['EARLY_REVENUE', 'GROWTH', 'SCALING'].includes(stage.stage);
  const description = descriptionText({
    name: organization.name,
    foundedYear,
    city: organization.city,
    teamSize,
    teamLine: rng.pick(TEAM_LINES),
    traction: rng.pick(revenue ? TRACTION.revenue : TRACTION.early),
    tractionCount: rng.int(2, revenue ? 40 : 9),
    amount: ask.amount,
    currency: ask.currency,
    goal: rng.pick(GOALS),
    landing: seeking.includes('LANDING'),
    rdPartner: seeking.includes('RD_PARTNER'),
  });
  const quality = clamp(rng.normal(58, 11) + stage.bonus, 25, 92);
  return {
    id: demoUuid(o.key),
    organizationId: organization.id,
    fieldCode: bank.code,
    title: only(titleText(parts), languages),
    summary: only(
      summaryText(parts, benefits, [benefitNumber(rng, benefits[0]), benefitNumber(rng, benefits[1])]),
      languages,
    ),
    description: only(description, languages),
    tags: [...new Set([...bankProduct.tags, ...(rng.chance(0.5) ? ['China market'] : [])])],
    trl: rng.int(stage.trl[0], stage.trl[1]),
    stage: stage.stage,
    fundingAskAmount: ask.amount * 100,
    fundingAskCurrency: ask.currency,
    seeking,
    teamSize,
    foundedYear,
    city: organization.city.en,
    pitchDeckUrl: rng.chance(0.8) ? `${organization.website}/deck-${o.year}.pdf` : null,
    videoUrl: rng.chance(0.5) ? `https://video.bridge.demo/${o.year}/${organization.slug}` : null,
    contactEmail: organization.contactEmail,
    contactPhone: organization.contactPhone,
    contactMessenger: rng.chance(0.7) ? `@${organization.slug}_team` : null,
    visibilityConsent: rng.chance(0.8),
    submittedAt: o.submittedAt,
    withdrawnAt: null,
    quality,
    aspects: aspectsOf(rng, quality, clamp(quality + rng.normal(0, 6), 0, 100)),
  };
}

export interface EditionPlan {
  organizations: DemoOrganization[];
  projects: DemoProject[];
  agroVisionProjectId: string;
}

/**
 * The 2020 edition's applications: `perField` per field (one robotics project is AgroVision's), two
 * of them withdrawn before the review, submitted over the registration months.
 */
export function planPastEdition(seed: number, year: number, perField = 40): EditionPlan {
  const rng = new DemoRandom(seed);
  const organizations: DemoOrganization[] = [];
  const projects: DemoProject[] = [];
  const taken = new Set(['agrovisionrobotics']);
  const used = new Set(['harvesting robot|greenhouses|Computer-vision']);
  const registration = {
    from: Date.parse(`${year}-06-01T06:00:00Z`),
    to: Date.parse(`${year}-08-31T15:00:00Z`),
  };
  const submittedAt = () =>
    new Date(
      registration.from + Math.floor((rng.next() * (registration.to - registration.from)) / 60_000) * 60_000,
    );
  for (const bank of FIELD_BANKS) {
    const count = bank.code === 'ROBOTICS' ? perField - 1 : perField;
    const names = organizationNames(rng, bank, count, taken);
    names.forEach((name, i) => {
      const organization = planOrganization(rng, `${year}/org/${bank.code}/${i}`, bank, name, year);
      organizations.push(organization);
      projects.push(
        planProject(rng, {
          key: `${year}/project/${bank.code}/${i}`,
          organization,
          bank,
          year,
          submittedAt: submittedAt(),
          used,
        }),
      );
    });
  }
  const agroVision = agroVisionProject(year, rng);
  projects.push(agroVision);
  for (const project of rng.sample(
    projects.filter((p) => p.organizationId),
    2,
  )) {
    project.withdrawnAt = at(`${year}-08-2${rng.int(0, 9)}`, rng.int(300, 900));
  }
  return { organizations, projects, agroVisionProjectId: agroVision.id };
}
