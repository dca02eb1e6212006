import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MemoryStorage } from '../../../../testing/factories';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import type { EligibilityView } from '../data/landing.types';
import { anOffer } from '../testing/factories';
import { OfferCardComponent } from './offer-card.component';

describe('OfferCardComponent', () => {
  let fixture: ComponentFixture<OfferCardComponent>;
  let element: HTMLElement;
  const all = (id: string) => [...element.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  const one = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  async function render(inputs: Record<string, unknown>, locale: 'en' | 'ru' = 'en'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: LOCALE_STORAGE, useValue: new MemoryStorage() }],
    });
    await TestBed.inject(I18nService).setLocale(locale);
    fixture = TestBed.createComponent(OfferCardComponent);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  const eligible: EligibilityView = {
    eligible: true,
    rules: [
      { key: 'TRL', met: true, params: { min: 4, max: 9, actual: 6 } },
      { key: 'STAGE', met: true, params: { allowed: ['MVP'], actual: 'MVP' } },
    ],
  };
  const notEligible: EligibilityView = {
    eligible: false,
    rules: [
      { key: 'COMPANY_AGE', met: false, params: { max: 3, actual: 5 } },
      { key: 'FUNDING_ASK', met: null, params: { min: null, max: 50_000_000, actual: null } },
    ],
  };

  it('shows a start-up each rule with ✓/✗/? and offers Apply only when it qualifies', async () => {
    await render({ offer: anOffer({ id: 'o1' }), eligibility: notEligible });

    expect(one('offer-card')?.getAttribute('data-offer-id')).toBe('o1');
    const rules = all('offer-rule').map((r) => [
      r.dataset['key'],
      r.dataset['met'],
      r.textContent?.replace(/\s+/g, ' ').trim(),
    ]);
    expect(rules).toEqual([
      ['COMPANY_AGE', 'false', '✗not met: Company at most 3 years old (your project: 5)'],
      ['FUNDING_ASK', 'unknown', '?unknown: Funding sought $0–$500,000'],
    ]);
    expect(one('offer-eligible')).toBeNull();
    expect(one('offer-apply')).toBeNull();
  });

  it('marks an offer the project qualifies for and lets it apply', async () => {
    await render({ offer: anOffer(), eligibility: eligible });

    expect(one('offer-eligible')?.textContent).toContain('You qualify');
    expect(one('offer-apply')).not.toBeNull();
    expect(element.textContent).toContain('CN¥1,200,000 (≈ $166,000)');
  });

  it('shows the status instead of Apply once the project applied', async () => {
    await render({ offer: anOffer(), eligibility: eligible, applied: 'SUBMITTED' }, 'ru');

    expect(one('offer-apply')).toBeNull();
    expect(element.textContent).toContain('Подана');
  });

  it('disables the compare checkbox of an unselected offer when three are selected', async () => {
    await render({ offer: anOffer(), eligibility: eligible, selectionFull: true });

    expect((one('offer-select') as HTMLInputElement).disabled).toBe(true);
  });

  it('shows the park its offer’s status and application count', async () => {
    await render({ offer: anOffer({ status: 'DRAFT', applicationCount: 4, mine: true }), mode: 'park' });

    expect(one('offer-status')?.dataset['status']).toBe('DRAFT');
    expect(one('offer-application-count')?.textContent).toContain('Applications: 4');
    expect(one('offer-select')).toBeNull();
  });
});
