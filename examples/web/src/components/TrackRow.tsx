import { graphql, readFragment, type FragmentType } from '../gql';
import { href } from '../router';
import { clockDuration } from '../words';

const TrackRowFragment = graphql(`
  fragment TrackRow on Track {
    id
    name
    trackNumber
    durationMs
    explicit
    artists {
      id
      name
    }
    album {
      id
      name
    }
  }
`);

/** One track in a list; `position` numbers it (an album numbers by its track number; null: no number). */
export function TrackRow(props: { track: FragmentType<typeof TrackRowFragment>; position?: number | null; showAlbum?: boolean }) {
  const track = readFragment(TrackRowFragment, props.track);
  return (
    <div className="track">
      <span className="track-number">{props.position === null ? '' : (props.position ?? track.trackNumber ?? '')}</span>
      <span className="track-title">
        <span>
          <a href={href({ screen: 'track', id: track.id })}>{track.name}</a>
          {track.explicit && (
            <abbr className="explicit" title="Explicit">
              E
            </abbr>
          )}
        </span>
        <span className="track-artists">
          {track.artists.map((artist, index) => (
            <span key={artist.id}>
              {index > 0 && ', '}
              <a href={href({ screen: 'artist', id: artist.id })}>{artist.name}</a>
            </span>
          ))}
          {props.showAlbum && track.album && (
            <>
              {' · '}
              <a href={href({ screen: 'album', id: track.album.id })}>{track.album.name}</a>
            </>
          )}
        </span>
      </span>
      <span className="track-duration">{clockDuration(track.durationMs)}</span>
    </div>
  );
}
