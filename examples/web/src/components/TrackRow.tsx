import { graphql, readFragment, type FragmentType } from '../gql';
import { AddToQueueButton, PlayButton } from '../player/PlayButtons';
import { href } from '../router';

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
  }
`);

const duration = (ms: number) => {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
};

export function TrackRow(props: { track: FragmentType<typeof TrackRowFragment> }) {
  const track = readFragment(TrackRowFragment, props.track);
  return (
    <div className="track" role="listitem">
      <span className="track-number">{track.trackNumber ?? ''}</span>
      <span className="track-title">
        {track.name}
        {track.explicit && <abbr title="Explicit"> E</abbr>}
        <span className="track-artists">
          {track.artists.map((artist, index) => (
            <span key={artist.id}>
              {index > 0 && ', '}
              <a href={href({ screen: 'artist', id: artist.id })}>{artist.name}</a>
            </span>
          ))}
        </span>
      </span>
      <span className="track-duration">{duration(track.durationMs)}</span>
      <span className="track-actions">
        <PlayButton item={`spotify:track:${track.id}`} label={`Play ${track.name}`} />
        <AddToQueueButton item={`spotify:track:${track.id}`} label={`Add ${track.name} to queue`} />
      </span>
    </div>
  );
}
