import { useQuery } from 'urql';
import { Hero } from '../components/Hero';
import { SaveToggle } from '../components/SaveToggle';
import { Unavailable } from '../components/Unavailable';
import { graphql } from '../gql';
import { href } from '../router';
import { useTitle } from '../useTitle';
import { longDuration, releaseDateWords } from '../words';

const EpisodeQuery = graphql(`
  query Episode($id: ID!) {
    episode(id: $id) {
      id
      uri
      name
      description
      durationMs
      explicit
      releaseDate
      releaseDatePrecision
      spotifyUrl
      images {
        ...Picture
      }
      show {
        id
        name
        publisher
      }
    }
  }
`);

export function EpisodeScreen({ id }: { id: string }) {
  const [result, reexecute] = useQuery({ query: EpisodeQuery, variables: { id } });
  const episode = result.data?.episode;
  useTitle(episode?.name, 'Episode');
  if (!episode) return <Unavailable what="episode" fetching={result.fetching} error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  return (
    <main>
      <Hero kind="Episode" name={episode.name} images={episode.images} spotifyUrl={episode.spotifyUrl} actions={<SaveToggle uri={episode.uri} verb="save" />}>
        {episode.show && (
          <p className="detail">
            <a href={href({ screen: 'show', id: episode.show.id })}>{episode.show.name}</a>
            {episode.show.publisher && ` · ${episode.show.publisher}`}
          </p>
        )}
        <p className="detail">
          {[releaseDateWords(episode.releaseDate, episode.releaseDatePrecision), longDuration(episode.durationMs), episode.explicit ? 'Explicit' : undefined]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </Hero>
      <p className="description">{episode.description}</p>
    </main>
  );
}
