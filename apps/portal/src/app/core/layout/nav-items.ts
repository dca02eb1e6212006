import { Capability, OrganizationKind } from '@bridge/contracts';
import { IconName } from '@bridge/ui';
import { TranslationKey } from '../i18n';

export interface NavItem {
  /** Used in `data-testid="nav-<id>"`. */
  id: string;
  path: string;
  label: TranslationKey;
  icon: IconName;
  /** Shown only when the viewer has this capability. */
  capability?: Capability;
  /** Shown only when the viewer has one of these capabilities. */
  anyCapability?: readonly Capability[];
  /** Shown only when the viewer acts for an organisation. */
  needsOrganization?: boolean;
  /** Shown only when the viewer acts for an organisation of one of these kinds. */
  organizationKinds?: readonly OrganizationKind[];
  exact?: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'dashboard', path: '/dashboard', label: 'nav.dashboard', icon: 'dashboard' },
  { id: 'search', path: '/search', label: 'search.nav', icon: 'search' },
  { id: 'market', path: '/market', label: 'nav.market', icon: 'store', capability: 'MARKET' },
  {
    id: 'shortlists',
    path: '/shortlists',
    label: 'shortlists.nav',
    icon: 'inbox',
    capability: 'MARKET',
  },
  {
    id: 'saved-searches',
    path: '/saved-searches',
    label: 'savedSearches.nav',
    icon: 'bell',
    capability: 'MARKET',
  },
  {
    id: 'recommendations',
    path: '/recommendations',
    label: 'recommendations.nav',
    icon: 'verified',
    capability: 'MARKET',
  },
  {
    id: 'introductions-sent',
    path: '/introductions/sent',
    label: 'introductions.navSent',
    icon: 'personAdd',
    capability: 'MARKET',
  },
  {
    id: 'landing-offers',
    path: '/landing/offers',
    label: 'landing.navOffers',
    icon: 'business',
    capability: 'MARKET',
    organizationKinds: ['SCIENCE_PARK'],
  },
  { id: 'project', path: '/my-project', label: 'nav.project', icon: 'assignment', capability: 'APPLY' },
  {
    id: 'introductions-inbox',
    path: '/introductions/inbox',
    label: 'introductions.navInbox',
    icon: 'inbox',
    capability: 'APPLY',
  },
  { id: 'landing-find', path: '/landing/find', label: 'landing.navFind', icon: 'store', capability: 'APPLY' },
  {
    id: 'conversations',
    path: '/conversations',
    label: 'conversations.nav',
    icon: 'group',
    anyCapability: ['MARKET', 'APPLY'],
  },
  {
    id: 'engagements',
    path: '/engagements',
    label: 'engagements.nav',
    icon: 'swap',
    anyCapability: ['MARKET', 'APPLY'],
  },
  {
    id: 'assignments',
    path: '/assignments',
    label: 'nav.assignments',
    icon: 'checkCircle',
    capability: 'JUDGE',
  },
  {
    id: 'organization',
    path: '/organization',
    label: 'nav.organization',
    icon: 'business',
    needsOrganization: true,
    exact: true,
  },
  {
    id: 'members',
    path: '/organization/members',
    label: 'nav.members',
    icon: 'group',
    capability: 'MANAGE_ORGANIZATION',
    needsOrganization: true,
  },
  {
    id: 'admin-competitions',
    path: '/admin/competitions',
    label: 'nav.competitions',
    icon: 'trophy',
    capability: 'RUN_COMPETITIONS',
  },
  {
    id: 'outcomes',
    path: '/outcomes',
    label: 'outcomes.nav',
    icon: 'dashboard',
    capability: 'RUN_COMPETITIONS',
  },
  {
    id: 'admin-organizations',
    path: '/admin/organizations',
    label: 'nav.adminOrganizations',
    icon: 'verified',
    capability: 'VERIFY_ORGANIZATIONS',
  },
  { id: 'account', path: '/account', label: 'nav.account', icon: 'account' },
];

/** The navigation a viewer may see: only what their capabilities allow. */
export function visibleNavItems(
  capabilities: ReadonlySet<Capability>,
  hasOrganization: boolean,
  organizationKind: OrganizationKind | null = null,
): NavItem[] {
  return NAV_ITEMS.filter(
    (item) =>
      (!item.capability || capabilities.has(item.capability)) &&
      (!item.anyCapability || item.anyCapability.some((capability) => capabilities.has(capability))) &&
      (!item.needsOrganization || hasOrganization) &&
      (!item.organizationKinds || (!!organizationKind && item.organizationKinds.includes(organizationKind))),
  );
}
