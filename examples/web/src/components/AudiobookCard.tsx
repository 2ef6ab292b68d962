import { graphql, readFragment, type FragmentType } from '../gql';
import { href } from '../router';
import { Card } from './Card';

const AudiobookCardFragment = graphql(`
  fragment AudiobookCard on Audiobook {
    id
    name
    authors
    images {
      ...Picture
    }
  }
`);

export function AudiobookCard(props: { audiobook: FragmentType<typeof AudiobookCardFragment> }) {
  const book = readFragment(AudiobookCardFragment, props.audiobook);
  return <Card to={href({ screen: 'audiobook', id: book.id })} images={book.images} title={book.name} detail={book.authors.join(', ') || 'Audiobook'} />;
}
