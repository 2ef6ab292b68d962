import { useSyncExternalStore } from 'react';

// History routes whose paths mirror open.spotify.com's, so swapping its host for the gateway's
// opens the same item; the gateway answers index.html for each of them. A new screen is one more
// case here and one more entry in App's screens.

/** The kinds of item that have a screen, as open.spotify.com names them in its paths. */
export const ITEM_KINDS = ['artist', 'album', 'track', 'playlist', 'show', 'episode', 'audiobook'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Search's tabs, one per kind of result. */
export const SEARCH_KINDS = ['artists', 'albums', 'tracks', 'playlists', 'shows', 'episodes', 'audiobooks'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The library's tabs. */
export const LIBRARY_SECTIONS = ['tracks', 'albums', 'playlists', 'artists', 'shows', 'episodes', 'audiobooks'] as const;
export type LibrarySection = (typeof LIBRARY_SECTIONS)[number];

export type Route =
  | { screen: 'search'; query: string; kind: SearchKind }
  | { screen: ItemKind; id: string }
  | { screen: 'library'; section: LibrarySection }
  | { screen: 'top' }
  | { screen: 'callback' }
  | { screen: 'not-found' };

/** What a fresh visit searches for: the emulator's seeds, and a name Spotify knows. */
const FIRST_QUERY = 'BTS';

/** Where the sign-in comes back to (the redirect URI registered for the app). */
export const CALLBACK_PATH = '/callback';

const isOneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T => list.includes(value as T);

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export function parseRoute(pathname: string): Route {
  const [first = '', second, third, ...rest] = pathname.split('/').slice(1);
  if (first === '' && second === undefined) return { screen: 'search', query: FIRST_QUERY, kind: 'artists' };
  if (first === 'search' && rest.length === 0) {
    const query = decode(second ?? '');
    if (query !== undefined && (third === undefined || isOneOf(SEARCH_KINDS, third))) {
      return { screen: 'search', query, kind: third ?? 'artists' };
    }
  }
  if (isOneOf(ITEM_KINDS, first) && second && third === undefined) {
    const id = decode(second);
    if (id !== undefined) return { screen: first, id };
  }
  if (first === 'collection' && third === undefined && (second === undefined || isOneOf(LIBRARY_SECTIONS, second))) {
    return { screen: 'library', section: second ?? 'tracks' };
  }
  if (first === 'top' && second === undefined) return { screen: 'top' };
  if (pathname === CALLBACK_PATH) return { screen: 'callback' };
  return { screen: 'not-found' };
}

export function href(route: Route): string {
  switch (route.screen) {
    case 'search':
      return route.query === '' ? '/search' : `/search/${encodeURIComponent(route.query)}${route.kind === 'artists' ? '' : `/${route.kind}`}`;
    case 'library':
      return `/collection/${route.section}`;
    case 'top':
      return '/top';
    case 'callback':
      return CALLBACK_PATH;
    case 'not-found':
      return '/';
    default:
      return `/${route.screen}/${encodeURIComponent(route.id)}`;
  }
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/** Keeps the scroll position in the entry being left, so Back can return to it. */
function rememberScroll() {
  history.replaceState({ ...history.state, scrollY: window.scrollY }, '');
}

/** Opens `path` as a new entry (a link), or in place of the current one (a search as it is typed). */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) {
    history.replaceState({ ...history.state }, '', path);
  } else {
    rememberScroll();
    history.pushState({}, '', path);
    window.scrollTo(0, 0);
  }
  notify();
}

/** Back and Forward: the entry's scroll position comes back once its screen is tall enough. */
function onPopState() {
  notify();
  const y = Number(history.state?.scrollY) || 0;
  const until = Date.now() + 5000;
  const attempt = () => {
    window.scrollTo(0, y);
    if (Math.abs(window.scrollY - y) > 1 && Date.now() < until) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** The browser's own restoration runs before the screen has its content: the app does it. */
export function startRouting(): void {
  history.scrollRestoration = 'manual';
  window.addEventListener('popstate', onPopState);
  window.addEventListener('pagehide', rememberScroll);
  // Plain links inside the app open their screen without loading the page again.
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a');
    if (!link || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || url.pathname === '/graphql' || url.pathname.startsWith('/auth/')) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  });
}

const subscribe = (onChange: () => void) => {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
};

/** The current path; the component re-renders when a link or Back changes it. */
export function useLocationPath(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}

/**
 * State kept in the current history entry (a list's loaded pages): Back and reload find it
 * again, so a list returns as long as it was and the scroll position has somewhere to land.
 */
export function entryState<T>(key: string): T | undefined {
  return history.state?.[key] as T | undefined;
}

export function saveEntryState(key: string, value: unknown): void {
  history.replaceState({ ...history.state, [key]: value }, '');
}
