import { useEffect, useMemo } from 'react';
import { NowPlayingBar } from './player/NowPlayingBar';
import { PlayerProvider } from './player/PlayerProvider';
import { parseRoute, useLocationHash, type Route } from './router';
import { AlbumScreen } from './screens/AlbumScreen';
import { ArtistScreen } from './screens/ArtistScreen';
import { SearchScreen } from './screens/SearchScreen';

function screenFor(route: Route) {
  switch (route.screen) {
    case 'search':
      return <SearchScreen query={route.query} />;
    case 'artist':
      return <ArtistScreen key={route.id} id={route.id} />;
    case 'album':
      return <AlbumScreen key={route.id} id={route.id} />;
  }
}

export function App() {
  const hash = useLocationHash();
  const route = useMemo(() => parseRoute(hash), [hash]);
  // Hash links keep the scroll position; a new screen starts at its top. (A block: browsers
  // now answer scrollTo with a promise, which React would take for a cleanup function.)
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [hash]);
  return (
    <PlayerProvider>
      <header className="bar">
        <a className="brand" href="#/">
          Spotify catalog
        </a>
        <a href="/graphql">GraphiQL</a>
      </header>
      {screenFor(route)}
      <NowPlayingBar />
    </PlayerProvider>
  );
}
