import { CONTENT_LANGUAGES } from '@bridge/contracts';
import { registerEnumType } from '@nestjs/graphql';
import { enumObject } from '../../common/graphql/enum-object';
import { FACET_NAMES, SEARCH_SORTS } from '../search.types';

export const SearchSortEnum = enumObject(SEARCH_SORTS);
export const SearchFacetNameEnum = enumObject(FACET_NAMES);
export const ContentLanguageEnum = enumObject(CONTENT_LANGUAGES);

registerEnumType(SearchSortEnum, {
  name: 'SearchSort',
  description: 'RELEVANCE: best text match first, then score (without text: by score); SCORE; NEWEST.',
});
registerEnumType(SearchFacetNameEnum, { name: 'SearchFacetName' });
registerEnumType(ContentLanguageEnum, {
  name: 'ContentLanguage',
  description: 'A language of content: zh, en or ru.',
});
