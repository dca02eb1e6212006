import { Capability } from '@bridge/contracts';
import { visibleNavItems } from './nav-items';

const ids = (capabilities: Capability[], hasOrganization = true) =>
  visibleNavItems(new Set(capabilities), hasOrganization).map((item) => item.id);

describe('visibleNavItems', () => {
  it('shows a verified investor the market tools and, as owner, the members', () => {
    expect(ids(['MARKET', 'MANAGE_ORGANIZATION'])).toEqual([
      'dashboard',
      'search',
      'market',
      'shortlists',
      'saved-searches',
      'recommendations',
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
  });

  it('shows a judge and a start-up their placeholders', () => {
    expect(ids(['JUDGE'])).toContain('assignments');
    expect(ids(['APPLY'])).toContain('project');
    expect(ids(['APPLY'])).not.toContain('shortlists');
    expect(ids(['JUDGE'])).not.toContain('recommendations');
  });

  it('hides organisation pages from a user without an organisation', () => {
    expect(ids(['MANAGE_ORGANIZATION'], false)).toEqual(['dashboard', 'search', 'account']);
  });
});
