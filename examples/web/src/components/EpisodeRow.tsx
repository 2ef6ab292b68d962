import { graphql, readFragment, type FragmentType } from '../gql';
import { href } from '../router';
import { longDuration, releaseDateWords } from '../words';

const EpisodeRowFragment = graphql(`
  fragment EpisodeRow on Episode {
    id
    name
    durationMs
    releaseDate
    releaseDatePrecision
    show {
      id
      name
    }
  }
`);

export function EpisodeRow(props: { episode: FragmentType<typeof EpisodeRowFragment>; showShow?: boolean }) {
  const episode = readFragment(EpisodeRowFragment, props.episode);
  const when = releaseDateWords(episode.releaseDate, episode.releaseDatePrecision);
  return (
    <div className="track episode">
      <span className="track-number" />
      <span className="track-title">
        <a href={href({ screen: 'episode', id: episode.id })}>{episode.name}</a>
        <span className="track-artists">
          {props.showShow && episode.show && (
            <>
              <a href={href({ screen: 'show', id: episode.show.id })}>{episode.show.name}</a>
              {when && ' · '}
            </>
          )}
          {when}
        </span>
      </span>
      <span className="track-duration">{longDuration(episode.durationMs)}</span>
    </div>
  );
}
