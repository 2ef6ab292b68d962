import { graphql, readFragment, type FragmentType } from '../gql';
import { albumTypeWords } from '../words';
import { href } from '../router';
import { Card } from './Card';

const AlbumCardFragment = graphql(`
  fragment AlbumCard on Album {
    id
    name
    albumType
    releaseDate
    images {
      ...Picture
    }
  }
`);

export function AlbumCard(props: { album: FragmentType<typeof AlbumCardFragment> }) {
  const album = readFragment(AlbumCardFragment, props.album);
  const detail = [album.releaseDate?.slice(0, 4), albumTypeWords(album.albumType)].filter(Boolean).join(' · ');
  return <Card to={href({ screen: 'album', id: album.id })} images={album.images} title={album.name} detail={detail} />;
}
