import { graphql } from '../gql';
import { usePlayer } from './PlayerProvider';

const PlayContextMutation = graphql(`
  mutation PlayContext($context: String!) {
    play(context: $context) {
      ...NowPlaying
    }
  }
`);

const PlayItemsMutation = graphql(`
  mutation PlayItems($items: [String!]!) {
    play(items: $items) {
      ...NowPlaying
    }
  }
`);

const AddToQueueMutation = graphql(`
  mutation AddToQueue($link: String!) {
    addToQueue(link: $link) {
      ...NowPlaying
    }
  }
`);

/**
 * "Play" for a screen's album, playlist, artist or show (`context`), or for a track or episode
 * (`item`). Nothing without a signed-in user.
 */
export function PlayButton(props: { context: string; label?: string } | { item: string; label?: string }) {
  const { token, run } = usePlayer();
  if (!token) return null;
  const play = () => ('context' in props ? run(PlayContextMutation, { context: props.context }) : run(PlayItemsMutation, { items: [props.item] }));
  return (
    <button className="play-button" aria-label={props.label ?? 'Play'} onClick={() => void play()}>
      ▶ Play
    </button>
  );
}

/** "Add to queue" for a track or episode link. */
export function AddToQueueButton({ item, label }: { item: string; label?: string }) {
  const { token, run } = usePlayer();
  if (!token) return null;
  return (
    <button className="queue-button" aria-label={label ?? 'Add to queue'} onClick={() => void run(AddToQueueMutation, { link: item })}>
      + Queue
    </button>
  );
}
