import { Capability } from '@bridge/contracts';
import { visibleNavItems } from './nav-items';

const ids = (capabilities: Capability[], hasOrganization = true) =>
  visibleNavItems(new Set(capabilities), hasOrganization).map((item) => item.id);

describe('visibleNavItems', () => {
  it('shows a verified investor the market and, as owner, the members', () => {
    expect(ids(['MARKET', 'MANAGE_ORGANIZATION'])).toEqual([
      'dashboard',
      'market',
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
  });

  it('shows a judge and a start-up their placeholders', () => {
    expect(ids(['JUDGE'])).toContain('assignments');
    expect(ids(['APPLY'])).toContain('project');
  });

  it('hides organisation pages from a user without an organisation', () => {
    expect(ids(['MANAGE_ORGANIZATION'], false)).toEqual(['dashboard', 'account']);
  });
});
