import type { Decoded } from '../upstream/spec/decode.js';
import type { SearchType } from './kinds.js';

/** One page per kind asked. */
export type SearchResponse = Decoded<'search'>;
/** A page of any kind of search result. */
export type SearchPage = NonNullable<SearchResponse[`${SearchType}s`]>;
/** What a search page of each kind holds. */
export type SearchItems = { [K in SearchType]: NonNullable<SearchResponse[`${K}s`]>['items'][number] };
