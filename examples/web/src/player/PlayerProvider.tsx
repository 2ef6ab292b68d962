import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createClient } from 'graphql-sse';
import { stringifyDocument, useClient, type AnyVariables, type TypedDocumentNode } from 'urql';
import { graphql, type FragmentType } from '../gql';
import { playbackProblem } from './playback-words';
import { useSession } from '../session';

export const NowPlayingFragment = graphql(`
  fragment NowPlaying on PlaybackState {
    isPlaying
    progressMs
    shuffle
    repeat
    device {
      id
      name
    }
    item {
      __typename
      ... on Track {
        id
        name
        durationMs
        artists {
          id
          name
        }
        album {
          id
          images {
            ...Picture
          }
        }
      }
      ... on Episode {
        id
        name
        durationMs
        show {
          id
          name
          images {
            ...Picture
          }
        }
      }
    }
  }
`);

const PlaybackChangedSubscription = graphql(`
  subscription PlaybackChanged {
    playbackChanged {
      ...NowPlaying
    }
  }
`);

type NowPlaying = FragmentType<typeof NowPlayingFragment>;

interface Playback {
  /** The state as last sent, and when it arrived (progress moves on from there while playing). */
  state: NowPlaying | null;
  receivedAt: number;
}

interface PlayerValue {
  /** Null when no one is signed in: the player shows nothing. */
  token: string | null;
  playback: Playback | undefined;
  /** A problem in words (no device, no Premium), or null. */
  problem: string | null;
  /** Runs a player mutation with the user's token; its answer (the new state) shows at once. */
  run<V extends AnyVariables>(mutation: TypedDocumentNode<Record<string, NowPlaying | null | undefined>, V>, variables: V): Promise<void>;
}

const PlayerContext = createContext<PlayerValue>({ token: null, playback: undefined, problem: null, run: async () => undefined });

export const usePlayer = () => useContext(PlayerContext);

/** The headers of every request made for the signed-in user. */
export const userHeaders = (token: string) => ({ authorization: `Bearer ${token}`, 'x-graphql-csrf': '1' });

/**
 * The signed-in user's player for the whole app: one `playbackChanged` subscription (Server-Sent
 * Events) per tab, and the commands, whose answers update the state at once.
 */
export function PlayerProvider({ children }: { children: ReactNode }) {
  const token = useSession()?.token ?? null;
  const [playback, setPlayback] = useState<Playback>();
  const [problem, setProblem] = useState<string | null>(null);
  const client = useClient();

  useEffect(() => {
    if (!token) return;
    const sse = createClient({ url: '/graphql', headers: userHeaders(token), retryAttempts: 5 });
    const unsubscribe = sse.subscribe<{ playbackChanged: NowPlaying | null }>(
      { query: stringifyDocument(PlaybackChangedSubscription) },
      {
        next: (result) => {
          const error = result.errors?.[0] as { message: string; extensions?: { code?: unknown } } | undefined;
          if (error) setProblem(playbackProblem(error.extensions?.code));
          if (result.data) setPlayback({ state: result.data.playbackChanged, receivedAt: Date.now() });
        },
        error: () => setProblem('The live player connection was lost: reload to reconnect.'),
        complete: () => undefined,
      },
    );
    return () => {
      unsubscribe();
      sse.dispose();
    };
  }, [token]);

  const run = useCallback<PlayerValue['run']>(
    async (mutation, variables) => {
      if (!token) return;
      const result = await client.mutation(mutation, variables, { fetchOptions: { headers: userHeaders(token) } }).toPromise();
      const error = result.error?.graphQLErrors[0];
      if (result.error) setProblem(error ? playbackProblem(error.extensions.code) : 'The gateway cannot be reached.');
      else setProblem(null);
      const state = result.data && Object.values(result.data)[0];
      if (state !== undefined) setPlayback({ state, receivedAt: Date.now() });
    },
    [client, token],
  );

  const value = useMemo(() => ({ token, playback, problem, run }), [token, playback, problem, run]);
  return <PlayerContext.Provider value={value}>{children}</PlayerContext.Provider>;
}
