import { graphql, readFragment, type FragmentType } from '../gql';
import { href } from '../router';
import { Picture } from './Picture';

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
  return (
    <a className="card" href={href({ screen: 'artist', id: artist.id })}>
      <Picture images={artist.images} size={180} alt="" />
      <span className="card-title">{artist.name}</span>
    </a>
  );
}
