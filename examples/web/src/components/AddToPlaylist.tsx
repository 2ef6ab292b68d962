import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { wordsFor } from '../error-words';
import { graphql } from '../gql';
import { useSession } from '../session';

const MyPlaylistsQuery = graphql(`
  query MyPlaylistsToAddTo {
    me {
      id
      playlists(first: 50) {
        edges {
          node {
            id
            name
            owner {
              id
            }
          }
        }
      }
    }
  }
`);

const AddItemsMutation = graphql(`
  mutation AddPlaylistItems($playlistId: ID!, $links: [String!]!) {
    addPlaylistItems(playlistId: $playlistId, links: $links)
  }
`);

/** Adds the item to one of the signed-in user's own playlists (Spotify lets owners add). */
export function AddToPlaylist({ uri }: { uri: string }) {
  const session = useSession();
  const [mine] = useQuery({ query: MyPlaylistsQuery, pause: !session, requestPolicy: 'cache-and-network' });
  const [adding, add] = useMutation(AddItemsMutation);
  const [chosen, setChosen] = useState('');
  const [said, setSaid] = useState<string>();
  const me = mine.data?.me;
  if (!session || !me) return null;
  const owned = me.playlists?.edges.map((edge) => edge.node).filter((playlist) => playlist.owner.id === me.id) ?? [];
  if (owned.length === 0) return <span className="status">Create a playlist in your library to add this to it.</span>;
  const submit = async () => {
    const playlist = owned.find((one) => one.id === chosen);
    if (!playlist) return;
    const answer = await add({ playlistId: playlist.id, links: [uri] });
    const code = answer.error?.graphQLErrors[0]?.extensions.code;
    setSaid(answer.data?.addPlaylistItems ? `Added to ${playlist.name}.` : `Could not add it. ${wordsFor(code)}`);
  };
  return (
    <form
      className="add-to-playlist"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <select aria-label="Playlist to add to" value={chosen} onChange={(event) => setChosen(event.target.value)}>
        <option value="">Add to playlist…</option>
        {owned.map((playlist) => (
          <option key={playlist.id} value={playlist.id}>
            {playlist.name}
          </option>
        ))}
      </select>
      <button type="submit" disabled={!chosen || adding.fetching}>
        Add
      </button>
      <span role="status">{said}</span>
    </form>
  );
}
