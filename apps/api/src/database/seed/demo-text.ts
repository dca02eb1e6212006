import type { ContentLanguage, Currency, LocalizedText } from '@bridge/contracts';
import type { City } from './demo-edition.phrases';
import { LANDING_LINE, PARTNER_LINE } from './demo-edition.phrases';
import type { Phrase } from './demo-words.types';

/** Composition of the demo projects' texts in Chinese, English and Russian. */

export const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const fill = (text: string, n: number) => text.replace('{n}', String(n));

/** Russian count form: 1 человек, 2 человека, 5 человек. */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

/** An amount in major units, written the way people write it in each language. */
export function moneyText(amount: number, currency: Currency): Phrase {
  const decimal = (value: number, separator: string) =>
    (Math.round(value * 100) / 100).toString().replace('.', separator);
  const en =
    amount >= 1_000_000
      ? `${currency} ${decimal(amount / 1_000_000, '.')} million`
      : `${currency} ${amount.toLocaleString('en-US')}`;
  const ruUnit = { RUB: 'руб.', USD: 'долл. США', CNY: 'юаней' }[currency];
  const ru =
    amount >= 1_000_000
      ? `${decimal(amount / 1_000_000, ',')} млн ${ruUnit}`
      : `${Math.round(amount / 1000)} тыс. ${ruUnit}`;
  const zhUnit = { RUB: '卢布', USD: '美元', CNY: '元人民币' }[currency];
  const zh =
    amount >= 100_000_000
      ? `${decimal(amount / 100_000_000, '.')}亿${zhUnit}`
      : `${decimal(amount / 10_000, '.')}万${zhUnit}`;
  return { en, ru, zh };
}

export interface TitleParts {
  product: Phrase;
  application: Phrase;
  technology: Phrase;
}

export function titleText({ product, application, technology }: TitleParts): Phrase {
  return {
    zh: `基于${technology.zh}的${application.zh}${product.zh}`,
    en: `${technology.en} ${product.en} for ${application.en}`,
    ru: `${product.ru} ${application.ru} ${technology.ru}`,
  };
}

export function summaryText(
  parts: TitleParts,
  benefits: [Phrase, Phrase],
  numbers: [number, number],
): Phrase {
  const [a, b] = benefits.map((benefit, i) => ({
    zh: fill(benefit.zh, numbers[i]),
    en: fill(benefit.en, numbers[i]),
    ru: fill(benefit.ru, numbers[i]),
  }));
  return {
    zh: `${parts.application.zh}${parts.product.zh}，${a.zh}，${b.zh}。`,
    en: `${cap(parts.product.en)} for ${parts.application.en}: ${a.en} and ${b.en}.`,
    ru: `${parts.product.ru} ${parts.application.ru}: ${a.ru} и ${b.ru}.`,
  };
}

export interface DescriptionParts {
  name: LocalizedText;
  foundedYear: number;
  city: City;
  teamSize: number;
  teamLine: Phrase;
  traction: Phrase;
  tractionCount: number;
  amount: number;
  currency: Currency;
  goal: Phrase;
  landing: boolean;
  rdPartner: boolean;
}

export function descriptionText(d: DescriptionParts): Phrase {
  const name = (lang: ContentLanguage) => d.name[lang] || d.name.en || d.name.ru || '';
  const money = moneyText(d.amount, d.currency);
  const people = ruPlural(d.teamSize, 'человек', 'человека', 'человек');
  const extra = (lang: ContentLanguage) =>
    [d.landing ? LANDING_LINE[lang] : '', d.rdPartner ? PARTNER_LINE[lang] : ''].filter(Boolean);
  return {
    zh: [
      `${name('zh')}于${d.foundedYear}年在${d.city.zh}成立，团队共${d.teamSize}人，${d.teamLine.zh}。`,
      fill(d.traction.zh, d.tractionCount),
      `本轮计划融资${money.zh}，用于${d.goal.zh}。`,
      ...extra('zh'),
    ].join(''),
    en: [
      `${name('en')} was founded in ${d.foundedYear} in ${d.city.en}. Its team of ${d.teamSize} ${d.teamLine.en}.`,
      fill(d.traction.en, d.tractionCount),
      `The team is raising ${money.en} to ${d.goal.en}.`,
      ...extra('en'),
    ].join(' '),
    ru: [
      `Компания ${name('ru')} основана в ${d.foundedYear} году ${d.city.ruIn}. В команде ${d.teamSize} ${people}; она ${d.teamLine.ru}.`,
      fill(d.traction.ru, d.tractionCount),
      `Команда привлекает ${money.ru} на ${d.goal.ru}.`,
      ...extra('ru'),
    ].join(' '),
  };
}

/** Keeps only the given languages of a phrase. */
export function only(phrase: Phrase, languages: readonly ContentLanguage[]): LocalizedText {
  return Object.fromEntries(languages.map((lang) => [lang, phrase[lang]]));
}
