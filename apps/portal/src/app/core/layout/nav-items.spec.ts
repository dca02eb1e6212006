import { Capability, OrganizationKind } from '@bridge/contracts';
import { visibleNavItems } from './nav-items';

const ids = (capabilities: Capability[], hasOrganization = true, kind: OrganizationKind | null = null) =>
  visibleNavItems(new Set(capabilities), hasOrganization, kind).map((item) => item.id);

describe('visibleNavItems', () => {
  it('shows a verified investor the market tools and, as owner, the members', () => {
    expect(ids(['MARKET', 'MANAGE_ORGANIZATION'])).toEqual([
      'dashboard',
      'search',
      'market',
      'shortlists',
      'saved-searches',
      'recommendations',
      'introductions-sent',
      'conversations',
      'engagements',
      'organization',
      'members',
      'account',
    ]);
  });

  it('shows an organizer the organisations and competitions admin, not the market', () => {
    const sut = ids(['VERIFY_ORGANIZATIONS', 'RUN_COMPETITIONS']);

    expect(sut).toContain('admin-organizations');
    expect(sut).toContain('admin-competitions');
    expect(sut).not.toContain('market');
    expect(sut).not.toContain('shortlists');
    expect(sut).not.toContain('saved-searches');
    expect(sut).not.toContain('recommendations');
    expect(sut).not.toContain('introductions-sent');
    expect(sut).not.toContain('conversations');
  });

  it('shows a judge and a start-up their placeholders', () => {
    expect(ids(['JUDGE'])).toContain('assignments');
    expect(ids(['APPLY'])).toContain('project');
    expect(ids(['APPLY'])).not.toContain('shortlists');
    expect(ids(['JUDGE'])).not.toContain('recommendations');
  });

  it('shows a start-up its introduction inbox and conversations, the market its sent requests', () => {
    expect(ids(['APPLY'])).toEqual(expect.arrayContaining(['introductions-inbox', 'conversations']));
    expect(ids(['APPLY'])).not.toContain('introductions-sent');
    expect(ids(['MARKET'])).not.toContain('introductions-inbox');
    expect(ids(['JUDGE'])).not.toContain('conversations');
  });

  it('hides organisation pages from a user without an organisation', () => {
    expect(ids(['MANAGE_ORGANIZATION'], false)).toEqual(['dashboard', 'search', 'account']);
  });

  it('shows landing offers to a park, the offer finder to a start-up, engagements to both', () => {
    expect(ids(['MARKET'], true, 'SCIENCE_PARK')).toEqual(
      expect.arrayContaining(['landing-offers', 'engagements']),
    );
    expect(ids(['MARKET'], true, 'INVESTOR')).not.toContain('landing-offers');
    expect(ids(['MARKET'])).not.toContain('landing-offers');
    expect(ids(['MARKET'], true, 'SCIENCE_PARK')).not.toContain('landing-find');
    expect(ids(['APPLY'], true, 'STARTUP')).toEqual(expect.arrayContaining(['landing-find', 'engagements']));
    expect(ids(['APPLY'], true, 'STARTUP')).not.toContain('landing-offers');
    expect(ids(['JUDGE'])).not.toContain('engagements');
  });
});
