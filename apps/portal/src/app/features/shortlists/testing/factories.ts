import type { ShortlistDetail, ShortlistItem, ShortlistSummary } from '../data/shortlists.api';

let sequence = 0;
const nextId = () => `00000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

export function aShortlist(overrides: Partial<ShortlistSummary> = {}): ShortlistSummary {
  return {
    id: nextId(),
    name: 'Harbin robotics',
    description: 'Robotics start-ups for the Harbin park',
    itemCount: 0,
    createdAt: '2026-10-01T08:00:00Z',
    updatedAt: '2026-11-20T08:00:00Z',
    ...overrides,
  };
}

export function aShortlistItem(overrides: Partial<ShortlistItem> = {}): ShortlistItem {
  const projectId = overrides.projectId ?? nextId();
  return {
    id: nextId(),
    shortlistId: nextId(),
    projectId,
    note: null,
    tags: [],
    addedAt: '2026-11-02T08:00:00Z',
    addedByName: 'Anna Petrova',
    projectTitle: { en: 'AgroVision', ru: 'АгроВижн', zh: null },
    project: {
      id: projectId,
      status: 'FINALIST',
      title: { en: 'AgroVision', ru: 'АгроВижн', zh: null },
      field: {
        id: nextId(),
        code: 'AI',
        position: 0,
        name: { en: 'Artificial intelligence', ru: 'Искусственный интеллект', zh: '人工智能' },
      },
      result: { score: 87.25, rankInField: 2, finalist: true, awardPlace: null },
    },
    ...overrides,
  };
}

export function aShortlistDetail(
  items: ShortlistItem[],
  overrides: Partial<ShortlistSummary> = {},
): ShortlistDetail {
  return { ...aShortlist({ itemCount: items.length, ...overrides }), items };
}
