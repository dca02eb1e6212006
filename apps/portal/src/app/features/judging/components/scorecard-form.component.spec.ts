import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MemoryStorage } from '../../../../testing/factories';
import { AppError } from '../../../core/errors';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { ScorecardAssignment, ScorecardCriterion } from '../data/judging.api';
import { ScoreRequest, ScorecardFormComponent } from './scorecard-form.component';

let sequence = 0;
function aCriterion(overrides: Partial<ScorecardCriterion> = {}): ScorecardCriterion {
  const id = `criterion-${++sequence}`;
  return {
    id,
    position: sequence,
    weight: 1,
    maxScore: 10,
    name: { en: `Criterion ${sequence}` },
    description: {},
    ...overrides,
  };
}

function anAssignment(overrides: Partial<ScorecardAssignment> = {}): ScorecardAssignment {
  return {
    id: 'assignment-1',
    competitionId: 'edition-1',
    judgeId: 'judge-1',
    projectId: 'project-1',
    round: 'PRELIMINARY',
    status: 'ASSIGNED',
    total: null,
    submittedAt: null,
    abstainReason: null,
    myScores: [],
    ...overrides,
  };
}

describe('ScorecardFormComponent', () => {
  let fixture: ComponentFixture<ScorecardFormComponent>;
  let element: HTMLElement;
  let requests: ScoreRequest[];
  const innovation = aCriterion({ weight: 3 });
  const team = aCriterion({ weight: 1, maxScore: 5 });

  const byTestId = (testId: string) => element.querySelector(`[data-testid="${testId}"]`) as HTMLElement;

  function type(testId: string, value: string): void {
    const input = byTestId(testId) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: LOCALE_STORAGE, useValue: new MemoryStorage() }],
    });
    await TestBed.inject(I18nService).setLocale('en');
    fixture = TestBed.createComponent(ScorecardFormComponent);
    fixture.componentRef.setInput('criteria', [innovation, team]);
    fixture.componentRef.setInput(
      'assignment',
      anAssignment({ myScores: [{ criterionId: team.id, value: 4, comment: 'Good' }] }),
    );
    requests = [];
    fixture.componentInstance.scores.subscribe((request) => requests.push(request));
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  it('shows the saved scores and the running weighted total', async () => {
    expect((byTestId('score-1') as HTMLInputElement).value).toBe('4');
    expect(byTestId('total-value').textContent?.trim()).toBe('20');

    type('score-0', '7.5');
    await fixture.whenStable();

    // (3·0.75 + 1·0.8) / 4 × 100 = 76.25
    expect(byTestId('total-value').textContent?.trim()).toBe('76.3');
    expect(byTestId('total-preview').textContent).not.toContain('criteria scored');
  });

  it('asks for every score before submitting, but saves a draft with some', async () => {
    byTestId('submit-scores').click();
    await fixture.whenStable();

    expect(requests).toEqual([]);
    expect(byTestId('score-error-0').textContent?.trim()).toBe('This field is required.');

    byTestId('save-draft').click();
    await fixture.whenStable();

    expect(requests).toEqual([
      { scores: [{ criterionId: team.id, value: 4, comment: 'Good' }], submit: false, next: false },
    ]);
  });

  it("puts the server's field errors next to their criterion", async () => {
    type('score-0', '6');
    byTestId('submit-next').click();
    await fixture.whenStable();
    expect(requests[0]).toMatchObject({ submit: true, next: true });

    fixture.componentRef.setInput(
      'error',
      new AppError('BAD_USER_INPUT', 'errors.validation', {}, [
        { field: 'scores.1.value', key: 'validation.range', params: { min: 0, max: 5 } },
      ]),
    );
    await fixture.whenStable();

    expect(byTestId('score-error-1').textContent?.trim()).toBe('Enter a value between 0 and 5.');
    expect(byTestId('score-error-0')).toBeNull();
  });

  it('is read-only when the round does not take scores', async () => {
    fixture.componentRef.setInput('editable', false);
    await fixture.whenStable();

    expect((byTestId('score-1') as HTMLInputElement).disabled).toBe(true);
    expect(byTestId('submit-scores')).toBeNull();
    expect(byTestId('comment-0')).toBeNull();
    expect(byTestId('comment-1')).not.toBeNull();
  });
});
