import { useQuery } from 'urql';
import { AddToPlaylist } from '../components/AddToPlaylist';
import { AlbumCard } from '../components/AlbumCard';
import { Hero } from '../components/Hero';
import { SaveToggle } from '../components/SaveToggle';
import { Unavailable } from '../components/Unavailable';
import { graphql } from '../gql';
import { href } from '../router';
import { useTitle } from '../useTitle';
import { clockDuration } from '../words';

const TrackQuery = graphql(`
  query Track($id: ID!) {
    track(id: $id) {
      id
      uri
      name
      durationMs
      explicit
      spotifyUrl
      artists {
        id
        name
      }
      album {
        id
        images {
          ...Picture
        }
        ...AlbumCard
      }
    }
  }
`);

export function TrackScreen({ id }: { id: string }) {
  const [result, reexecute] = useQuery({ query: TrackQuery, variables: { id } });
  const track = result.data?.track;
  useTitle(track?.name, 'Track');
  if (!track) return <Unavailable what="track" fetching={result.fetching} error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  return (
    <main>
      <Hero
        kind="Track"
        name={track.name}
        images={track.album?.images ?? null}
        spotifyUrl={track.spotifyUrl}
        actions={
          <>
            <SaveToggle uri={track.uri} verb="save" />
            <AddToPlaylist uri={track.uri} />
          </>
        }
      >
        <p className="detail">
          {track.artists.map((artist, index) => (
            <span key={artist.id}>
              {index > 0 && ', '}
              <a href={href({ screen: 'artist', id: artist.id })}>{artist.name}</a>
            </span>
          ))}
        </p>
        <p className="detail">{[clockDuration(track.durationMs), track.explicit ? 'Explicit' : undefined].filter(Boolean).join(' · ')}</p>
      </Hero>
      {track.album && (
        <section aria-label="From the album">
          <h2>From the album</h2>
          <div className="grid">
            <div className="item">
              <AlbumCard album={track.album} />
            </div>
          </div>
        </section>
      )}
    </main>
  );
}
