import { graphql, readFragment, type FragmentType } from '../gql';
import { href } from '../router';
import { Picture } from './Picture';

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
  return (
    <a className="card" href={href({ screen: 'album', id: album.id })}>
      <Picture images={album.images} size={180} alt="" />
      <span className="card-title">{album.name}</span>
      <span className="card-detail">
        {[album.releaseDate?.slice(0, 4), album.albumType].filter(Boolean).join(' · ')}
      </span>
    </a>
  );
}
