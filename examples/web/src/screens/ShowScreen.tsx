import { useQuery } from 'urql';
import { ConnectionList } from '../components/ConnectionList';
import { EpisodeRow } from '../components/EpisodeRow';
import { Hero } from '../components/Hero';
import { SaveToggle } from '../components/SaveToggle';
import { Unavailable } from '../components/Unavailable';
import { graphql } from '../gql';
import { useTitle } from '../useTitle';
import { plural } from '../words';

const ShowQuery = graphql(`
  query Show($id: ID!) {
    show(id: $id) {
      id
      uri
      name
      publisher
      description
      totalEpisodes
      spotifyUrl
      images {
        ...Picture
      }
    }
  }
`);

const ShowEpisodesQuery = graphql(`
  query ShowEpisodes($id: ID!, $after: String) {
    show(id: $id) {
      id
      episodes(first: 20, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...EpisodeRow
          }
        }
      }
    }
  }
`);

export function ShowScreen({ id }: { id: string }) {
  const [result, reexecute] = useQuery({ query: ShowQuery, variables: { id } });
  const show = result.data?.show;
  useTitle(show?.name, 'Podcast');
  if (!show) return <Unavailable what="podcast" fetching={result.fetching} error={result.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  return (
    <main>
      <Hero kind="Podcast" name={show.name} images={show.images} spotifyUrl={show.spotifyUrl} actions={<SaveToggle uri={show.uri} verb="save" />}>
        <p className="detail">{[show.publisher, plural(show.totalEpisodes, 'episode')].filter(Boolean).join(' · ')}</p>
      </Hero>
      <p className="description">{show.description}</p>
      <h2>Episodes</h2>
      <ConnectionList
        name={`show:${id}`}
        query={ShowEpisodesQuery}
        variables={{ id }}
        connection={(data) => data.show?.episodes}
        item={(episode) => <EpisodeRow episode={episode} />}
        empty="This podcast has no episodes yet."
        layout="rows"
      />
    </main>
  );
}
