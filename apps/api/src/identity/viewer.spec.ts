import type { OrganizationKind, VerificationStatus } from '@bridge/contracts';
import { capabilitiesOf } from './viewer';
import type { MembershipWithOrganization } from './viewer';

function membership(
  kind: OrganizationKind,
  verificationStatus: VerificationStatus,
  role: 'OWNER' | 'MEMBER' = 'MEMBER',
): MembershipWithOrganization {
  return {
    id: 'm',
    userId: 'u',
    organizationId: 'o',
    role,
    createdAt: new Date(),
    organization: { id: 'o', kind, verificationStatus } as MembershipWithOrganization['organization'],
  };
}

describe('capabilitiesOf', () => {
  it('opens the market only to verified investors, parks and R&D partners', () => {
    for (const kind of ['INVESTOR', 'SCIENCE_PARK', 'RD_PARTNER'] as const) {
      expect(capabilitiesOf(membership(kind, 'VERIFIED')).has('MARKET')).toBe(true);
      expect(capabilitiesOf(membership(kind, 'UNVERIFIED')).has('MARKET')).toBe(false);
      expect(capabilitiesOf(membership(kind, 'REJECTED')).has('MARKET')).toBe(false);
    }
    expect(capabilitiesOf(membership('STARTUP', 'VERIFIED')).has('MARKET')).toBe(false);
  });

  it('lets start-ups apply without verification', () => {
    expect([...capabilitiesOf(membership('STARTUP', 'UNVERIFIED'))]).toEqual(['APPLY']);
  });

  it('gives organizer powers only to a verified organizer organisation', () => {
    const sut = capabilitiesOf(membership('ORGANIZER', 'VERIFIED', 'OWNER'));
    expect([...sut].sort()).toEqual(['MANAGE_ORGANIZATION', 'RUN_COMPETITIONS', 'VERIFY_ORGANIZATIONS']);
    expect(capabilitiesOf(membership('ORGANIZER', 'UNVERIFIED')).size).toBe(0);
  });

  it('gives a user without organisation nothing of its own (judging adds JUDGE through the registry)', () => {
    expect(capabilitiesOf(null).size).toBe(0);
  });
});
