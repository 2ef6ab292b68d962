import { graphql, readFragment, type FragmentType } from '../gql';
import { href } from '../router';
import { Card } from './Card';

const ArtistCardFragment = graphql(`
  fragment ArtistCard on Artist {
    id
    name
    images {
      ...Picture
    }
  }
`);

export function ArtistCard(props: { artist: FragmentType<typeof ArtistCardFragment> }) {
  const artist = readFragment(ArtistCardFragment, props.artist);
  return <Card to={href({ screen: 'artist', id: artist.id })} images={artist.images} title={artist.name} detail="Artist" round />;
}
