import type { Capability, ProjectStatus } from '@bridge/contracts';
import type { Viewer } from '../identity/viewer';
import { projectAccess } from './project-access';

function viewerOf(capabilities: Capability[], organizationIds: string[] = []): Viewer {
  return {
    capabilities: new Set(capabilities),
    memberships: organizationIds.map((organizationId) => ({ organizationId })),
  } as unknown as Viewer;
}

const project = (status: ProjectStatus, visibilityConsent = true) => ({
  organizationId: 'startup',
  status,
  visibilityConsent,
});
const published = { finalistsPublishedAt: new Date() };
const unpublished = { finalistsPublishedAt: null };

describe('projectAccess', () => {
  const team = viewerOf(['APPLY'], ['startup']);
  const organizer = viewerOf(['VERIFY_ORGANIZATIONS', 'RUN_COMPETITIONS']);
  const investor = viewerOf(['MARKET']);
  const stranger = viewerOf([]);

  it('keeps drafts inside the team: not organizers, judges, the market or the public', () => {
    expect(projectAccess(team, project('DRAFT'), published, false)).toBe('TEAM');
    expect(projectAccess(organizer, project('DRAFT'), published, false)).toBeNull();
    expect(projectAccess(stranger, project('DRAFT'), published, true)).toBeNull();
    expect(projectAccess(investor, project('DRAFT'), published, false)).toBeNull();
    expect(projectAccess(null, project('DRAFT'), published, false)).toBeNull();
  });

  it('shows withdrawn projects to the team and organizers only', () => {
    expect(projectAccess(organizer, project('WITHDRAWN'), published, false)).toBe('ORGANIZER');
    expect(projectAccess(stranger, project('WITHDRAWN'), published, true)).toBeNull();
    expect(projectAccess(investor, project('WITHDRAWN'), published, false)).toBeNull();
  });

  it('shows submitted projects to assigned judges, and to the market only with consent', () => {
    expect(projectAccess(stranger, project('SUBMITTED'), unpublished, true)).toBe('JUDGE');
    expect(projectAccess(stranger, project('SUBMITTED'), unpublished, false)).toBeNull();
    expect(projectAccess(investor, project('SUBMITTED'), unpublished, false)).toBe('MARKET');
    expect(projectAccess(investor, project('SUBMITTED', false), unpublished, false)).toBeNull();
  });

  it('shows published finalists to everyone as a public card', () => {
    expect(projectAccess(null, project('FINALIST', false), published, false)).toBe('PUBLIC');
    expect(projectAccess(null, project('AWARDED', false), published, false)).toBe('PUBLIC');
    expect(projectAccess(null, project('FINALIST'), unpublished, false)).toBeNull();
    expect(projectAccess(null, project('NOT_SELECTED'), published, false)).toBeNull();
  });
});
