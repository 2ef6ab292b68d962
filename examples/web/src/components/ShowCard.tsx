import { graphql, readFragment, type FragmentType } from '../gql';
import { href } from '../router';
import { Card } from './Card';

const ShowCardFragment = graphql(`
  fragment ShowCard on Show {
    id
    name
    publisher
    images {
      ...Picture
    }
  }
`);

export function ShowCard(props: { show: FragmentType<typeof ShowCardFragment> }) {
  const show = readFragment(ShowCardFragment, props.show);
  return <Card to={href({ screen: 'show', id: show.id })} images={show.images} title={show.name} detail={show.publisher ?? 'Podcast'} />;
}
