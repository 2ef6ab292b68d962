import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { ArtistCard } from '../components/ArtistCard';
import { InfiniteList, type LoadMore } from '../components/InfiniteList';
import { PageEnd } from '../components/PageEnd';
import { graphql } from '../gql';
import { replaceRoute } from '../router';
import { useDebounced } from '../useDebounced';

const SearchArtistsQuery = graphql(`
  query SearchArtists($query: String!, $after: String) {
    search(query: $query) {
      artists(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...ArtistCard
          }
        }
      }
    }
  }
`);

/** A pause this long in typing starts the search: no query per keystroke. */
const TYPING_PAUSE_MS = 300;

export function SearchScreen({ query }: { query: string }) {
  const [text, setText] = useState(query);
  const typed = useDebounced(text.trim(), TYPING_PAUSE_MS);
  // The search lives in the address (so Back returns to it); a link can change it too.
  useEffect(() => {
    setText(query);
  }, [query]);
  useEffect(() => {
    if (typed !== query) replaceRoute({ screen: 'search', query: typed });
  }, [typed]);
  return (
    <main>
      <input
        className="search"
        type="search"
        aria-label="Search artists"
        placeholder="Search artists"
        value={text}
        onChange={(event) => setText(event.target.value)}
        autoFocus
      />
      {query ? (
        <div className="grid" key={query}>
          <InfiniteList page={(after, loadMore) => <ArtistsPage query={query} after={after} loadMore={loadMore} />} />
        </div>
      ) : (
        <p className="status">Type an artist's name, e.g. BTS.</p>
      )}
    </main>
  );
}

function ArtistsPage({ query, after, loadMore }: { query: string; after: string | null; loadMore?: LoadMore }) {
  const [result, reexecute] = useQuery({ query: SearchArtistsQuery, variables: { query, after } });
  const artists = result.data?.search?.artists;
  return (
    <>
      {after === null && artists && (
        <p className="status">
          {artists.totalCount === 0 ? `No artist matches “${query}”.` : `${artists.totalCount.toLocaleString('en')} artists`}
        </p>
      )}
      {artists?.edges.map((edge) => <ArtistCard key={edge.cursor} artist={edge.node} />)}
      <PageEnd
        fetching={result.fetching}
        error={result.error}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
        pageInfo={artists?.pageInfo}
        loadMore={loadMore}
      />
    </>
  );
}
