import { useMemo } from 'react';
import { Provider } from 'urql';
import { makeClient } from './client';
import { SignInButton } from './components/SignInButton';
import { parseRoute, useLocationPath, type Route } from './router';
import { AlbumScreen } from './screens/AlbumScreen';
import { ArtistScreen } from './screens/ArtistScreen';
import { AudiobookScreen } from './screens/AudiobookScreen';
import { CallbackScreen } from './screens/CallbackScreen';
import { EpisodeScreen } from './screens/EpisodeScreen';
import { LibraryScreen } from './screens/LibraryScreen';
import { NotFoundScreen } from './screens/NotFoundScreen';
import { PlaylistScreen } from './screens/PlaylistScreen';
import { SearchScreen } from './screens/SearchScreen';
import { ShowScreen } from './screens/ShowScreen';
import { TopScreen } from './screens/TopScreen';
import { TrackScreen } from './screens/TrackScreen';
import { signOut, useSession } from './session';

function screenFor(route: Route) {
  switch (route.screen) {
    case 'search':
      return <SearchScreen query={route.query} kind={route.kind} />;
    case 'artist':
      return <ArtistScreen key={route.id} id={route.id} />;
    case 'album':
      return <AlbumScreen key={route.id} id={route.id} />;
    case 'track':
      return <TrackScreen key={route.id} id={route.id} />;
    case 'playlist':
      return <PlaylistScreen key={route.id} id={route.id} />;
    case 'show':
      return <ShowScreen key={route.id} id={route.id} />;
    case 'episode':
      return <EpisodeScreen key={route.id} id={route.id} />;
    case 'audiobook':
      return <AudiobookScreen key={route.id} id={route.id} />;
    case 'library':
      return <LibraryScreen section={route.section} />;
    case 'top':
      return <TopScreen />;
    case 'callback':
      return <CallbackScreen />;
    case 'not-found':
      return <NotFoundScreen />;
  }
}

export function App() {
  const path = useLocationPath();
  const route = useMemo(() => parseRoute(path), [path]);
  const session = useSession();
  // One client per user: signing in or out starts from an empty cache.
  const client = useMemo(() => makeClient(session?.token), [session?.token]);
  return (
    <Provider value={client}>
      <div className="shell">
        <header className="bar">
          <a className="brand" href="/">
            Spotify catalog
          </a>
          <nav className="nav" aria-label="Main">
            <a href="/search">Search</a>
            {session && <a href="/collection/tracks">Your library</a>}
            {session && <a href="/top">Your top</a>}
            <a href="/graphql">GraphiQL</a>
            {session ? (
              <button className="sign-out" onClick={signOut}>
                Sign out
              </button>
            ) : (
              <SignInButton />
            )}
          </nav>
        </header>
        <div className="content">{screenFor(route)}</div>
        {/* A bar along the bottom of the window (what is playing) goes here, beside the content. */}
      </div>
    </Provider>
  );
}
