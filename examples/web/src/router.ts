import { useSyncExternalStore } from 'react';

// Hash routes: the gateway serves one index.html, whatever the screen. A new screen (a
// playlist, a show) is one more case here and one more entry in App's screens.
export type Route =
  | { screen: 'search'; query: string }
  | { screen: 'artist'; id: string }
  | { screen: 'album'; id: string };

/** What a fresh visit searches for: the emulator's seeds, and a name Spotify knows. */
const FIRST_QUERY = 'BTS';

export function parseRoute(hash: string): Route {
  const [path, search = ''] = hash.replace(/^#/, '').split('?', 2);
  const [, screen, id] = path.split('/');
  if ((screen === 'artist' || screen === 'album') && id) return { screen, id: decodeURIComponent(id) };
  return { screen: 'search', query: new URLSearchParams(search).get('q') ?? FIRST_QUERY };
}

export function href(route: Route): string {
  switch (route.screen) {
    case 'search':
      return `#/?${new URLSearchParams({ q: route.query })}`;
    default:
      return `#/${route.screen}/${encodeURIComponent(route.id)}`;
  }
}

/** Goes to `route` in place of the current entry, so Back skips it (a search as it is typed). */
export function replaceRoute(route: Route): void {
  location.replace(href(route));
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current hash; the component re-renders when a link or Back changes it. */
export function useLocationHash(): string {
  return useSyncExternalStore(subscribe, () => location.hash);
}
