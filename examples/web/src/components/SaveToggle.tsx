import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { wordsFor } from '../error-words';
import { graphql } from '../gql';
import { useSession } from '../session';

const IsSavedQuery = graphql(`
  query IsSaved($links: [String!]!) {
    isSaved(links: $links)
  }
`);
const SaveMutation = graphql(`
  mutation SaveToLibrary($links: [String!]!) {
    saveToLibrary(links: $links)
  }
`);
const RemoveMutation = graphql(`
  mutation RemoveFromLibrary($links: [String!]!) {
    removeFromLibrary(links: $links)
  }
`);
const FollowMutation = graphql(`
  mutation FollowArtists($ids: [ID!]!) {
    followArtists(ids: $ids)
  }
`);
const UnfollowMutation = graphql(`
  mutation UnfollowArtists($ids: [ID!]!) {
    unfollowArtists(ids: $ids)
  }
`);

interface SaveToggleProps {
  /** The item's Spotify URI (spotify:album:<id>). */
  uri: string;
  /** Artists are followed (by id), everything else saved to the library (by link). */
  artistId?: string;
  /** "Follow" for artists and playlists, "Save" for the rest. */
  verb: 'save' | 'follow';
}

/**
 * Save/remove (or follow/unfollow) for the signed-in user. The button changes at once; if the
 * gateway refuses, it changes back and says why.
 */
export function SaveToggle({ uri, artistId, verb }: SaveToggleProps) {
  const session = useSession();
  const [saved] = useQuery({ query: IsSavedQuery, variables: { links: [uri] }, pause: !session, requestPolicy: 'cache-and-network' });
  const [, save] = useMutation(SaveMutation);
  const [, remove] = useMutation(RemoveMutation);
  const [, follow] = useMutation(FollowMutation);
  const [, unfollow] = useMutation(UnfollowMutation);
  const [optimistic, setOptimistic] = useState<boolean>();
  const [problem, setProblem] = useState<string>();
  if (!session) return null;
  // An answer Spotify could not give (null) shows no toggle, like one not loaded yet.
  const known = saved.data?.isSaved?.[0] ?? undefined;
  const on = optimistic ?? known;
  if (on === undefined) return null;

  const toggle = async () => {
    const want = !on;
    setOptimistic(want);
    setProblem(undefined);
    const answer = artistId
      ? await (want ? follow : unfollow)({ ids: [artistId] })
      : await (want ? save : remove)({ links: [uri] });
    const done = answer.data && Object.values(answer.data)[0] === true;
    if (done && !answer.error) return;
    // Rolled back: the library is as it was.
    setOptimistic(on);
    const code = answer.error?.graphQLErrors[0]?.extensions.code;
    const action = verb === 'follow' ? (want ? 'follow' : 'unfollow') : want ? 'save' : 'remove';
    setProblem(`Could not ${action} it. ${answer.error?.networkError && !code ? 'The gateway cannot be reached.' : wordsFor(code)}`);
  };

  const label = verb === 'follow' ? (on ? 'Following' : 'Follow') : on ? 'Saved' : 'Save';
  return (
    <>
      <button className={on ? 'toggle on' : 'toggle'} aria-pressed={on} onClick={() => void toggle()}>
        {label}
      </button>
      {problem && (
        <p className="notice" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
