/** The `search` query with every field the search tests read. */
export const SEARCH = /* GraphQL */ `
  query Search($input: SearchInput!) {
    search(input: $input) {
      total
      nextCursor
      degraded
      engine
      hits {
        projectId
        status
        language
        fallback
        title {
          text
          highlighted
        }
        summary {
          text
          highlighted
        }
        score
        rankInField
        awardPlace
        trl
        seeking
      }
      facets {
        name
        values {
          value
          count
          selected
          label {
            en
          }
        }
      }
    }
  }
`;

export type Hit = {
  projectId: string;
  score: number | null;
  trl: number | null;
  title: Array<{ text: string; highlighted: boolean }>;
};
