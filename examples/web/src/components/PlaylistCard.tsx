import { graphql, readFragment, type FragmentType } from '../gql';
import { href } from '../router';
import { Card } from './Card';

const PlaylistCardFragment = graphql(`
  fragment PlaylistCard on Playlist {
    id
    name
    owner {
      id
      displayName
    }
    images {
      ...Picture
    }
  }
`);

export function PlaylistCard(props: { playlist: FragmentType<typeof PlaylistCardFragment> }) {
  const playlist = readFragment(PlaylistCardFragment, props.playlist);
  const owner = playlist.owner.displayName ?? playlist.owner.id;
  return <Card to={href({ screen: 'playlist', id: playlist.id })} images={playlist.images} title={playlist.name} detail={`By ${owner}`} />;
}
