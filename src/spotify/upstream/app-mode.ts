/**
 * Which quota Spotify granted the app: Development Mode (small pages, no several-items
 * endpoints) or Extended Quota Mode. Upstream code labels its events with it; the catalog
 * derives its capabilities from it.
 */
export type AppMode = 'development' | 'extended';
