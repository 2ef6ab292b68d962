import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { ErrorNotice } from '../components/ErrorNotice';
import { graphql } from '../gql';
import { href, navigate, SEARCH_KINDS, type ItemKind, type SearchKind } from '../router';
import { useDebounced } from '../useDebounced';
import { useTitle } from '../useTitle';
import { SEARCH_TABS, SearchResults } from './search-results';

const LookupQuery = graphql(`
  query Lookup($link: String!) {
    lookup(link: $link) {
      __typename
      ... on Artist {
        id
      }
      ... on Album {
        id
      }
      ... on Track {
        id
      }
      ... on Playlist {
        id
      }
      ... on Show {
        id
      }
      ... on Episode {
        id
      }
      ... on Audiobook {
        id
      }
      ... on Chapter {
        audiobook {
          id
        }
      }
    }
  }
`);

/** A pause this long in typing starts the search: no query per keystroke. */
const TYPING_PAUSE_MS = 300;

/** A Spotify URI or an open.spotify.com link: opened through `lookup`, not searched for. */
const isSpotifyLink = (text: string) => /^spotify:[a-z]+:/i.test(text) || /^(https?:\/\/)?open\.spotify\.com\//i.test(text);

export function SearchScreen({ query, kind }: { query: string; kind: SearchKind }) {
  const [text, setText] = useState(query);
  const typed = useDebounced(text.trim(), TYPING_PAUSE_MS);
  useTitle(query ? `${query} · Search` : 'Search');
  // The search lives in the address (so Back returns to it); a link can change it too.
  useEffect(() => {
    setText(query);
  }, [query]);
  useEffect(() => {
    if (typed !== query) navigate(href({ screen: 'search', query: typed, kind }), { replace: true });
  }, [typed]);
  const link = isSpotifyLink(query);
  return (
    <main>
      <h1 className="visually-hidden">Search</h1>
      <input
        className="search"
        type="search"
        aria-label="Search Spotify, or paste a Spotify link"
        placeholder="What do you want to find? (or paste a Spotify link)"
        value={text}
        onChange={(event) => setText(event.target.value)}
        autoFocus
      />
      {link ? (
        <OpenLink link={query} />
      ) : query ? (
        <>
          <nav className="tabs" aria-label="Kinds of result">
            {SEARCH_KINDS.map((each) => (
              <a key={each} href={href({ screen: 'search', query, kind: each })} aria-current={each === kind ? 'page' : undefined} className="tab">
                {SEARCH_TABS[each].label}
              </a>
            ))}
          </nav>
          <SearchResults key={`${kind}:${query}`} query={query} kind={kind} />
        </>
      ) : (
        <p className="status">Search for artists, albums, songs, playlists, podcasts, episodes and audiobooks, e.g. BTS — or paste a Spotify link.</p>
      )}
    </main>
  );
}

/** Opens what a pasted link names, in place of the search (Back returns to where one was). */
function OpenLink({ link }: { link: string }) {
  const [result, reexecute] = useQuery({ query: LookupQuery, variables: { link } });
  const item = result.data?.lookup;
  const target = !item
    ? undefined
    : item.__typename === 'Chapter'
      ? item.audiobook && href({ screen: 'audiobook', id: item.audiobook.id })
      : href({ screen: item.__typename.toLowerCase() as ItemKind, id: item.id });
  useEffect(() => {
    if (target) navigate(target, { replace: true });
  }, [target]);
  if (result.fetching || target) return <p className="status" role="status">Opening the link…</p>;
  if (result.error?.graphQLErrors.some((e) => e.extensions.code === 'BAD_USER_INPUT')) {
    return <p className="notice" role="alert">This is not a link to something on Spotify: an artist, album, song, playlist, podcast, episode or audiobook.</p>;
  }
  if (result.error) return <ErrorNotice error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  return <p className="notice" role="alert">Spotify has nothing under this link.</p>;
}
