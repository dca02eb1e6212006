import { CONTENT_LANGUAGES, CURRENCIES, PROJECT_STAGES, SEEKING_KINDS } from '@bridge/contracts';
import type { LocalizedText } from '@bridge/contracts';
import { PAST_EDITION, PRELIMINARY_CRITERIA } from './demo-edition.data';
import { DemoProject, planPastEdition } from './demo-edition.generator';
import { judgeMarks } from './demo-quality';
import { DemoRandom, demoUuid } from './demo-random';
import { moneyText, ruPlural } from './demo-text';

const languagesOf = (text: LocalizedText) => CONTENT_LANGUAGES.filter((lang) => !!text[lang]);

describe('planPastEdition (the 2020 demo edition)', () => {
  const sut = () => planPastEdition(PAST_EDITION.seed, PAST_EDITION.year);
  const plan = sut();

  it('is deterministic: the same seed gives the same edition, ids included', () => {
    expect(sut()).toEqual(plan);
    expect(planPastEdition(PAST_EDITION.seed + 1, PAST_EDITION.year).projects[0].title).not.toEqual(
      plan.projects[0].title,
    );
  });

  it('has 120 applications, 40 per field, one of them AgroVision’s robotics project', () => {
    expect(plan.projects).toHaveLength(120);
    for (const code of ['AI', 'ROBOTICS', 'BIOTECH']) {
      expect(plan.projects.filter((p) => p.fieldCode === code)).toHaveLength(40);
    }
    const own = plan.projects.filter((p) => p.organizationId === null);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ id: plan.agroVisionProjectId, fieldCode: 'ROBOTICS', withdrawnAt: null });
    expect(own[0].title.en).toBe('Computer-vision harvesting robot for greenhouses');
  });

  it('gives every other project its own start-up with a unique name, and unique titles', () => {
    expect(plan.organizations).toHaveLength(119);
    expect(new Set(plan.organizations.map((o) => o.name.en?.toLowerCase())).size).toBe(119);
    expect(new Set(plan.organizations.map((o) => o.id)).size).toBe(119);
    const owners = plan.projects.filter((p) => p.organizationId).map((p) => p.organizationId);
    expect(new Set(owners).size).toBe(119);
    expect(new Set(plan.projects.map((p) => p.title.en ?? p.title.ru ?? p.title.zh)).size).toBe(120);
  });

  it('writes each project in one to three languages, the same in title, summary and description', () => {
    const sets = plan.projects.map((p) => languagesOf(p.title).join(','));
    plan.projects.forEach((p, i) => {
      expect(sets[i].length).toBeGreaterThan(0);
      expect(languagesOf(p.summary).join(',')).toBe(sets[i]);
      expect(languagesOf(p.description).join(',')).toBe(sets[i]);
    });
    const trilingual = sets.filter((s) => s === 'zh,en,ru').length;
    expect(trilingual).toBeGreaterThan(50);
    expect(trilingual).toBeLessThan(90);
    expect(sets.filter((s) => !s.includes(',')).length).toBeGreaterThan(5);
  });

  it('leaves no placeholder or missing value in any text', () => {
    const texts = plan.projects.flatMap((p) =>
      [p.title, p.summary, p.description].flatMap((t) => Object.values(t)),
    );
    for (const text of texts) expect(text).not.toMatch(/\{n\}|undefined|NaN|null/);
    const chinese = plan.projects.filter((p) => p.title.zh).map((p) => p.title.zh ?? '');
    for (const title of chinese) expect(title).toMatch(/^基于.+的.+$/);
  });

  it('keeps the profile fields within what the application form accepts', () => {
    const check = (p: DemoProject) => {
      expect(p.trl).toBeGreaterThanOrEqual(2);
      expect(p.trl).toBeLessThanOrEqual(9);
      expect(PROJECT_STAGES).toContain(p.stage);
      expect(CURRENCIES).toContain(p.fundingAskCurrency);
      expect(p.fundingAskAmount).toBeGreaterThan(0);
      expect(Number.isInteger(p.fundingAskAmount)).toBe(true);
      expect(p.seeking.length).toBeGreaterThan(0);
      for (const kind of p.seeking) expect(SEEKING_KINDS).toContain(kind);
      expect(p.tags.length).toBeLessThanOrEqual(20);
      expect(p.contactEmail).toMatch(/^[a-z.]+@[a-z0-9]+\.bridge\.demo$/);
      expect(p.foundedYear).toBeLessThanOrEqual(2020);
      expect(p.submittedAt.toISOString() >= '2020-06-01' && p.submittedAt.toISOString() <= '2020-09-01').toBe(
        true,
      );
    };
    plan.projects.forEach(check);
    const consenting = plan.projects.filter((p) => p.visibilityConsent).length / plan.projects.length;
    expect(consenting).toBeGreaterThan(0.7);
    expect(consenting).toBeLessThan(0.9);
  });

  it('withdraws two projects before the review, never AgroVision’s', () => {
    const withdrawn = plan.projects.filter((p) => p.withdrawnAt);
    expect(withdrawn).toHaveLength(2);
    expect(withdrawn.map((p) => p.id)).not.toContain(plan.agroVisionProjectId);
  });

  it('gives every project a hidden quality and an aspect per criterion', () => {
    for (const p of plan.projects) {
      expect(p.quality).toBeGreaterThanOrEqual(25);
      expect(p.quality).toBeLessThanOrEqual(92);
      for (const c of PRELIMINARY_CRITERIA) expect(p.aspects[c.key]).toEqual(expect.any(Number));
    }
  });
});

describe('judgeMarks', () => {
  const criteria = PRELIMINARY_CRITERIA;
  const project = { aspects: Object.fromEntries(criteria.map((c) => [c.key, 60])) };
  const mean = (offset: number, spread: number) => {
    const rng = new DemoRandom(7);
    let sum = 0;
    for (let i = 0; i < 200; i++) {
      const marks = judgeMarks(rng, project, { offset, spread }, criteria);
      sum += Object.values(marks).reduce((a, b) => a + b, 0) / criteria.length;
    }
    return sum / 200;
  };

  it('marks a lenient judge higher than a harsh one, on whole marks within 0..maxScore', () => {
    expect(mean(12, 1)).toBeGreaterThan(mean(0, 1) + 0.8);
    expect(mean(-12, 1)).toBeLessThan(mean(0, 1) - 0.8);
    const marks = judgeMarks(
      new DemoRandom(1),
      { aspects: { innovation: 100 } },
      { offset: 40, spread: 1.4 },
      [{ key: 'innovation', maxScore: 10 }],
    );
    expect(marks).toEqual({ innovation: 10 });
  });
});

describe('demo helpers', () => {
  it('makes stable, well-formed UUIDs', () => {
    expect(demoUuid('2020/competition')).toBe(demoUuid('2020/competition'));
    expect(demoUuid('a')).not.toBe(demoUuid('b'));
    expect(demoUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('writes Russian counts and amounts the way people do', () => {
    expect([1, 2, 5, 11, 21, 34].map((n) => ruPlural(n, 'человек', 'человека', 'человек'))).toEqual([
      'человек',
      'человека',
      'человек',
      'человек',
      'человек',
      'человека',
    ]);
    expect(moneyText(30_000_000, 'RUB')).toEqual({
      en: 'RUB 30 million',
      ru: '30 млн руб.',
      zh: '3000万卢布',
    });
    expect(moneyText(450_000, 'USD')).toEqual({
      en: 'USD 450,000',
      ru: '450 тыс. долл. США',
      zh: '45万美元',
    });
    expect(moneyText(323_000_000, 'RUB').zh).toBe('3.23亿卢布');
    expect(moneyText(2_500_000, 'CNY').ru).toBe('2,5 млн юаней');
  });
});
