import { timelineForm, timelineValue } from './timeline-form';

describe('timeline form', () => {
  it('has a row per stage, filled from the timeline, and sends only dated stages', () => {
    const sut = timelineForm([{ stage: 'REGISTRATION', startsOn: '2026-03-01', endsOn: '2026-04-30' }]);

    expect(sut.length).toBe(7);
    expect(sut.valid).toBe(true);
    expect(timelineValue(sut)).toEqual([
      { stage: 'REGISTRATION', startsOn: '2026-03-01', endsOn: '2026-04-30' },
    ]);
  });

  it('marks a stage that starts before the previous one, ends before it starts or has no start', () => {
    const sut = timelineForm([]);
    const [setup, registration, review] = sut.controls;

    setup.patchValue({ startsOn: '2026-03-10' });
    registration.patchValue({ startsOn: '2026-03-01' });
    review.patchValue({ endsOn: '2026-05-01' });

    expect(sut.valid).toBe(false);
    expect(registration.errors).toEqual({ timeline: 'order' });
    expect(review.errors).toEqual({ timeline: 'endWithoutStart' });

    registration.patchValue({ startsOn: '2026-03-20', endsOn: '2026-03-15' });
    review.patchValue({ startsOn: '2026-04-01' });

    expect(registration.errors).toEqual({ timeline: 'endBeforeStart' });
    expect(review.errors).toBeNull();

    registration.patchValue({ endsOn: '2026-03-31' });

    expect(sut.valid).toBe(true);
  });
});
