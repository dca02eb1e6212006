import { JudgeConflictProfile, ProjectConflictProfile, conflictReasons, normalizeName } from './conflicts';

const judge = (overrides: Partial<JudgeConflictProfile> = {}): JudgeConflictProfile => ({
  judgeId: 'j1',
  memberOf: new Set(),
  affiliation: null,
  declaredOrganizations: new Set(),
  declaredProjects: new Set(),
  declaredPeople: [],
  ...overrides,
});
const project = (overrides: Partial<ProjectConflictProfile> = {}): ProjectConflictProfile => ({
  projectId: 'p1',
  organizationId: 'o1',
  organizationNames: ['AgroVision Robotics', 'АгроВижн Роботикс', '阿格罗视觉机器人'],
  people: ['Ivan Petrov'],
  ...overrides,
});

describe('conflictReasons', () => {
  it('finds no conflict for an unrelated judge', () => {
    expect(conflictReasons(judge({ affiliation: 'Silk Road Ventures' }), project())).toEqual([]);
  });

  it('flags declared organisations, projects and people', () => {
    expect(conflictReasons(judge({ declaredOrganizations: new Set(['o1']) }), project())).toEqual([
      'DECLARED_ORGANIZATION',
    ]);
    expect(conflictReasons(judge({ declaredProjects: new Set(['p1']) }), project())).toEqual([
      'DECLARED_PROJECT',
    ]);
    expect(conflictReasons(judge({ declaredPeople: ['ivan  PETROV'] }), project())).toEqual([
      'DECLARED_PERSON',
    ]);
  });

  it('flags a judge who belongs to the project organisation', () => {
    expect(conflictReasons(judge({ memberOf: new Set(['o1']) }), project())).toEqual(['SAME_ORGANIZATION']);
  });

  it('flags an affiliation naming the organisation in any language or spelling', () => {
    expect(conflictReasons(judge({ affiliation: 'Agro-Vision robotics' }), project())).toEqual([
      'AFFILIATION',
    ]);
    expect(conflictReasons(judge({ affiliation: 'АгроВижн Роботикс, советник' }), project())).toEqual([
      'AFFILIATION',
    ]);
    expect(conflictReasons(judge({ affiliation: '阿格罗视觉机器人' }), project())).toEqual(['AFFILIATION']);
  });

  it('does not match on tiny fragments', () => {
    expect(conflictReasons(judge({ affiliation: 'AI' }), project({ organizationNames: ['AI Lab'] }))).toEqual(
      [],
    );
    expect(normalizeName(' A-b  C ')).toBe('abc');
  });
});
