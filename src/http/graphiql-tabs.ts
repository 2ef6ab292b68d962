// GraphiQL's example tabs: one per kind of the catalog, a pasted link, and the signed-in user.

const SEEDS_QUERY = `# Spotify's catalog over GraphQL.
# ▶ runs this query; the book icon opens the docs.
query SearchBTS {
  search(query: "BTS") {
    artists(first: 5) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node { id name images { url width height } }
      }
    }
  }
}
`;

const PAGINATION_QUERY = `# Cursor pagination: run, then copy endCursor
# into "after" below and run again for the next
# page ("last" and "before" page backwards).
query NextArtists($after: String) {
  search(query: "BTS") {
    artists(first: 2, after: $after) {
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { node { name } }
    }
  }
}
`;

// The ids below are of the demo catalog (demo mode serves it); against Spotify, paste an id
// from any open.spotify.com link, or run the Lookup tab with the link itself.

const PLAYLIST_QUERY = `# A playlist and its first items (tracks or episodes).
# Since Feb 2026 Spotify gives a playlist's items only to
# its owner and collaborators: with the app's own token
# (Development Mode) "items" answers FORBIDDEN, saying so,
# while the rest of the playlist answers.
query Playlist($id: ID!) {
  playlist(id: $id) {
    name
    owner { displayName }
    followers
    items(first: 5) {
      totalCount
      edges {
        addedAt
        node {
          __typename
          ... on Track { name artists { name } }
          ... on Episode { name show { name } }
        }
      }
    }
  }
}
`;

const SHOW_QUERY = `# A podcast and its newest episodes (the first 50
# come with the show: one call to Spotify).
query Show($id: ID!) {
  show(id: $id) {
    name
    publisher
    totalEpisodes
    episodes(first: 5) {
      edges { node { name releaseDate durationMs } }
    }
  }
}
`;

const EPISODE_QUERY = `# One podcast episode, with its show.
query Episode($id: ID!) {
  episode(id: $id) {
    name
    releaseDate
    releaseDatePrecision
    durationMs
    show { name }
  }
}
`;

const AUDIOBOOK_QUERY = `# An audiobook and its chapters. Spotify sells audiobooks
# only in some markets: try "market": "KR" (null).
query Audiobook($id: ID!, $market: String) {
  audiobook(id: $id, market: $market) {
    name
    authors
    narrators
    totalChapters
    chapters(first: 5) {
      edges { node { chapterNumber name durationMs } }
    }
  }
}
`;

const CHAPTER_QUERY = `# One audiobook chapter, with its book.
query Chapter($id: ID!) {
  chapter(id: $id) {
    chapterNumber
    name
    durationMs
    audiobook { name authors }
  }
}
`;

const LOOKUP_QUERY = `# Paste any Spotify link: a URI (spotify:album:…) or an
# open.spotify.com link as the share menu gives it.
query Lookup($link: String!) {
  lookup(link: $link) {
    __typename
    ... on Album { name albumType releaseDate artists { name } }
    ... on Artist { name }
    ... on Track { name album { name } }
    ... on Playlist { name owner { displayName } }
    ... on Show { name publisher }
    ... on Episode { name show { name } }
    ... on Audiobook { name authors }
    ... on Chapter { name audiobook { name } }
  }
}
`;

const variables = (values: Record<string, unknown>) => JSON.stringify(values, null, 2);

const SIGNED_IN_QUERY = `# Signed in (demo mode: "Sign in" at the bottom right, then
# pick a demo user), the gateway answers for you: run "Me",
# then "SaveTrack" and "Me" again to see the saved track.
query Me {
  me {
    displayName
    savedTracks(first: 3) {
      totalCount
      edges { addedAt node { name artists { name } } }
    }
  }
}

mutation SaveTrack($links: [String!]!) {
  saveToLibrary(links: $links)
}
`;

/**
 * GraphiQL opens on the seeds' search, with a tab showing pagination, one for each other
 * kind of the catalog, one for a pasted link and one for the signed-in user.
 */
export const EXAMPLE_TABS = [
  { query: SEEDS_QUERY },
  { query: PAGINATION_QUERY, variables: variables({ after: null }) },
  { query: PLAYLIST_QUERY, variables: variables({ id: 'x53l9LE7tU6pa7DHrEow3E' }) },
  { query: SHOW_QUERY, variables: variables({ id: '6PKC8vcNMj4rCgDki21mmN' }) },
  { query: EPISODE_QUERY, variables: variables({ id: 'DHEijXs7uwf3atdylE9a4i' }) },
  { query: AUDIOBOOK_QUERY, variables: variables({ id: 'am8aUgADs7guRigdJ4A4ki', market: 'US' }) },
  { query: CHAPTER_QUERY, variables: variables({ id: 'JNJGovY9DTw6RGwCCzpIy7' }) },
  { query: LOOKUP_QUERY, variables: variables({ link: 'https://open.spotify.com/intl-ko/album/SWHRh7YyEeBXUsVanembee?si=3f9a1c' }) },
  { query: SIGNED_IN_QUERY, variables: variables({ links: ['spotify:track:0zJrtHpoTjlqYEO6lEL57p'] }) },
];
