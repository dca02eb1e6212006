import { PROJECT_STATUSES } from '@bridge/contracts';
import type { Capability, ProjectStatus } from '@bridge/contracts';
import type { Viewer } from '../identity/viewer';
import { projectAccess } from '../projects/project-access';
import { FUNDING_BUCKETS, audienceOf, audienceView, bucketOf, cityKey, seekingMask } from './audience';
import type { SearchAudience } from './search.types';

const viewerOf = (capabilities: Capability[]) =>
  ({ capabilities: new Set(capabilities), memberships: [] }) as unknown as Viewer;

const aDoc = (
  status: ProjectStatus,
  consent: boolean,
  finalistsPublished: boolean,
  awardsPublished = false,
) => ({
  status,
  consent,
  finalistsPublished,
  awardsPublished,
  trl: 5,
  stage: 'MVP' as const,
  seeking: ['INVESTMENT' as const],
  fundingUsdMinor: 100,
  score: 71.5,
  rankInField: 2,
  awardPlace: 1,
});

describe('audience', () => {
  const viewers: Record<SearchAudience, Viewer | null> = {
    ORGANIZER: viewerOf(['VERIFY_ORGANIZATIONS', 'RUN_COMPETITIONS']),
    MARKET: viewerOf(['MARKET']),
    PUBLIC: null,
  };

  it('is decided from the viewer', () => {
    expect(audienceOf(viewers.ORGANIZER)).toBe('ORGANIZER');
    expect(audienceOf(viewers.MARKET)).toBe('MARKET');
    expect(audienceOf(viewerOf(['APPLY']))).toBe('PUBLIC');
    expect(audienceOf(null)).toBe('PUBLIC');
  });

  it('agrees with projectAccess, the rule for a single project, in every case', () => {
    for (const status of PROJECT_STATUSES) {
      for (const consent of [true, false]) {
        for (const published of [true, false]) {
          for (const audience of ['ORGANIZER', 'MARKET', 'PUBLIC'] as const) {
            const access = projectAccess(
              viewers[audience],
              { organizationId: 'startup', status, visibilityConsent: consent },
              { finalistsPublishedAt: published ? new Date() : null },
              false,
            );
            const sut = audienceView(aDoc(status, consent, published), audience);
            expect([status, consent, published, audience, sut.visible]).toEqual([
              status,
              consent,
              published,
              audience,
              !!access,
            ]);
            expect(sut.full).toBe(!!access && access !== 'PUBLIC');
          }
        }
      }
    }
  });

  it('shows scores to organizers, to the market once published with consent, never to visitors', () => {
    expect(audienceView(aDoc('SUBMITTED', false, false), 'ORGANIZER').score).toBe(71.5);
    expect(audienceView(aDoc('FINALIST', true, false), 'MARKET').score).toBeNull();
    expect(audienceView(aDoc('FINALIST', true, true), 'MARKET')).toMatchObject({
      score: 71.5,
      rankInField: 2,
    });
    expect(audienceView(aDoc('FINALIST', false, true), 'MARKET')).toMatchObject({
      visible: true,
      score: null,
      trl: null,
    });
    expect(audienceView(aDoc('FINALIST', true, true), 'PUBLIC')).toMatchObject({
      visible: true,
      score: null,
      trl: null,
    });
  });

  it('shows award places once the awards are published', () => {
    expect(audienceView(aDoc('AWARDED', false, true, false), 'PUBLIC').awardPlace).toBeNull();
    expect(audienceView(aDoc('AWARDED', false, true, true), 'PUBLIC').awardPlace).toBe(1);
    expect(audienceView(aDoc('AWARDED', false, true, false), 'ORGANIZER').awardPlace).toBe(1);
  });

  it('buckets, masks and city keys', () => {
    expect(bucketOf(FUNDING_BUCKETS, 99_999_99)).toBe(1);
    expect(bucketOf(FUNDING_BUCKETS, 100_000_00)).toBe(2);
    expect(bucketOf(FUNDING_BUCKETS, null)).toBeNull();
    expect(seekingMask(['INVESTMENT', 'LANDING'])).toBe(9);
    expect(cityKey(' KAZAN ')).toBe(cityKey('Kazan'));
    expect(cityKey('Казань')).toMatch(/^[0-9a-f]{16}$/);
    expect(cityKey('  ')).toBeNull();
  });
});
