import { Args, Info, Query, Resolver } from '@nestjs/graphql';
import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { CurrentViewer, Public } from '../identity/access.decorators';
import type { Viewer } from '../identity/viewer';
import { SearchResultDto } from './dtos/search-result.dto';
import { SearchInput } from './dtos/search.input';
import { SearchService } from './search.service';

/** Whether the query selects `field` directly under the resolved field (fragments included). */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, field: string): boolean {
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === 'Field') return s.name.value === field;
      if (s.kind === 'InlineFragment') return visit(s.selectionSet, seen);
      const name = s.name.value;
      if (seen.has(name)) return false;
      const fragment: FragmentDefinitionNode | undefined = info.fragments[name];
      return visit(fragment?.selectionSet, new Set([...seen, name]));
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet, new Set()));
}

@Resolver(() => SearchResultDto)
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Public()
  @Query(() => SearchResultDto, {
    description:
      'Projects you may see, in any language: hits with highlights, total, facet counts and a cursor. Visitors see published finalists; verified investors, parks and partners consenting projects; organizers all but drafts.',
  })
  async search(
    @CurrentViewer() viewer: Viewer | null,
    @Args('input') input: SearchInput,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchResultDto> {
    return this.service.search(viewer, input, { facets: selects(info, 'facets') });
  }
}
