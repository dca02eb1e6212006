import { OperationDefinitionNode, buildSchema, parse, specifiedRules, validate } from 'graphql';
import { AppException } from '../errors/app.exception';
import { checkOperationCost, queryLimitsRule } from './query-limits.rule';

const schema = buildSchema(`
  type Org { id: ID! name: String members: [Member!]! parent: Org }
  type Member { id: ID! org: Org! }
  type OrgEdge { node: Org! }
  type OrgConnection { edges: [OrgEdge!]! }
  type Query { org(id: ID!): Org orgs(first: Int): OrgConnection! }
`);
const limits = { maxDepth: 5, maxCost: 500, maxAliases: 3, defaultListSize: 10, maxPageSize: 100 };

/** What the server answers before executing: the validation rule, then the cost check with variables. */
function errorsOf(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  const errors = validate(schema, document, [...specifiedRules, queryLimitsRule(limits)]);
  if (errors.length)
    return errors.map((e) => (e.originalError as AppException | undefined)?.key ?? e.message);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  )!;
  const costly = checkOperationCost(schema, document, operation, variables, limits);
  return costly ? [(costly.originalError as AppException).key] : [];
}

describe('queryLimitsRule', () => {
  it('accepts an ordinary query', () => {
    expect(errorsOf('{ org(id: 1) { id name members { id } } }')).toEqual([]);
  });

  it('refuses a query deeper than the limit, also through fragments', () => {
    expect(errorsOf('{ org(id: 1) { parent { parent { parent { parent { parent { id } } } } } } }')).toEqual([
      'errors.queryTooDeep',
    ]);
    expect(
      errorsOf(
        '{ org(id: 1) { ...F } } fragment F on Org { parent { parent { parent { parent { parent { id } } } } } }',
      ),
    ).toEqual(['errors.queryTooDeep']);
  });

  it('multiplies nested lists by their page size', () => {
    // 1 + 100 * (1 + 1 * (1 + 2)) ... a page of 100 orgs with members: cost over 500
    expect(errorsOf('{ orgs(first: 100) { edges { node { members { id org { id } } } } } }')).toEqual([
      'errors.queryTooCostly',
    ]);
    expect(errorsOf('{ orgs(first: 5) { edges { node { members { id } } } } }')).toEqual([]);
  });

  it('counts a page size given by a variable with its value, or as the largest page when absent', () => {
    const query = 'query Q($n: Int) { orgs(first: $n) { edges { node { members { id org { id } } } } } }';
    expect(errorsOf(query, { n: 100 })).toEqual(['errors.queryTooCostly']);
    expect(errorsOf(query, {})).toEqual(['errors.queryTooCostly']);
    expect(errorsOf(query, { n: 5 })).toEqual([]);
  });

  it('refuses too many aliases', () => {
    expect(
      errorsOf('{ a: org(id: 1) { id } b: org(id: 2) { id } c: org(id: 3) { id } d: org(id: 4) { id } }'),
    ).toEqual(['errors.tooManyAliases']);
  });

  it('does not count introspection', () => {
    expect(
      errorsOf('{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }'),
    ).toEqual([]);
  });
});
