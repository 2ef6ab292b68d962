import { useState } from 'react';
import { ArtistCard } from '../components/ArtistCard';
import { ConnectionList } from '../components/ConnectionList';
import { SignInButton } from '../components/SignInButton';
import { TrackRow } from '../components/TrackRow';
import { graphql } from '../gql';
import type { TimeRange } from '../gql/graphql';
import { useSession } from '../session';
import { useTitle } from '../useTitle';

const TopArtistsQuery = graphql(`
  query TopArtists($range: TimeRange!, $after: String) {
    me {
      id
      topArtists(first: 20, after: $after, timeRange: $range) {
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
const TopTracksQuery = graphql(`
  query TopTracks($range: TimeRange!, $after: String) {
    me {
      id
      topTracks(first: 20, after: $after, timeRange: $range) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...TrackRow
          }
        }
      }
    }
  }
`);
const RecentlyPlayedQuery = graphql(`
  query RecentlyPlayed($after: String) {
    me {
      id
      recentlyPlayed(first: 20, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...TrackRow
          }
        }
      }
    }
  }
`);

const RANGES: { range: TimeRange; label: string }[] = [
  { range: 'SHORT_TERM', label: 'Last 4 weeks' },
  { range: 'MEDIUM_TERM', label: 'Last 6 months' },
  { range: 'LONG_TERM', label: 'Last year' },
];

/** The signed-in user's top artists and tracks over a time range, and what they played lately. */
export function TopScreen() {
  const session = useSession();
  const [range, setRange] = useState<TimeRange>('MEDIUM_TERM');
  useTitle('Your top', 'Listening');
  if (!session) {
    return (
      <main>
        <h1>Your top artists and songs</h1>
        <p>Sign in to see what you play most and what you played lately.</p>
        <SignInButton />
      </main>
    );
  }
  return (
    <main>
      <h1>Your top artists and songs</h1>
      <label className="range">
        Over{' '}
        <select value={range} onChange={(event) => setRange(event.target.value as TimeRange)}>
          {RANGES.map(({ range: each, label }) => (
            <option key={each} value={each}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <h2>Top artists</h2>
      <ConnectionList
        key={`artists:${range}`}
        name={`top-artists:${range}`}
        query={TopArtistsQuery}
        variables={{ range }}
        connection={(d) => d.me?.topArtists}
        item={(n) => <ArtistCard artist={n} />}
        empty="No top artists yet: Spotify needs more listening."
        layout="grid"
      />
      <h2>Top songs</h2>
      <ConnectionList
        key={`tracks:${range}`}
        name={`top-tracks:${range}`}
        query={TopTracksQuery}
        variables={{ range }}
        connection={(d) => d.me?.topTracks}
        item={(n, index) => <TrackRow track={n} position={index + 1} showAlbum />}
        empty="No top songs yet: Spotify needs more listening."
        layout="rows"
      />
      <h2>Recently played</h2>
      <ConnectionList
        name="recently-played"
        query={RecentlyPlayedQuery}
        variables={{}}
        fresh
        connection={(d) => d.me?.recentlyPlayed}
        item={(n) => <TrackRow track={n} position={null} showAlbum />}
        empty="Nothing played lately."
        layout="rows"
      />
    </main>
  );
}
