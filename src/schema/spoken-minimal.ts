import type { SpotifyImage } from '../spotify/types.js';
import type { SpokenItem } from '../spotify/user-types.js';
import { builder } from './builder.js';
import { ImageRef } from './refs.js';
import { AudiobookRef, EpisodeRef, ShowRef } from './user-refs.js';

// Shows, episodes and audiobooks as the user's library lists them: the fields every one of
// them carries. (The catalog's own types for them, with their lookups, add to these.)

const kinds = [
  [ShowRef, 'show', 'A podcast on Spotify.'],
  [EpisodeRef, 'episode', 'One episode of a podcast on Spotify.'],
  [AudiobookRef, 'audiobook', 'An audiobook on Spotify.'],
] as const;

for (const [ref, kind, description] of kinds) {
  ref.implement({
    description,
    fields: (t) => ({
      id: t.exposeID('id', { description: `Spotify's id for the ${kind}: 22 letters and digits, as in open.spotify.com/${kind}/<id>.` }),
      name: t.exposeString('name', { description: `The ${kind}'s title, as Spotify shows it.` }),
      description: t.string({ nullable: true, description: `The ${kind}'s description as plain text; null when Spotify sends none.`, resolve: (item: SpokenItem) => item.description ?? null }),
      images: t.field({ type: [ImageRef], description: 'Cover art in the sizes Spotify has, widest first; empty when there is none.', resolve: (item: SpokenItem): SpotifyImage[] => item.images ?? [] }),
      uri: t.exposeString('uri', { description: `The Spotify URI (spotify:${kind}:<id>), which opens the ${kind} in the Spotify apps.` }),
      spotifyUrl: t.string({ nullable: true, description: `A link to the ${kind} on open.spotify.com; null when Spotify gives none.`, resolve: (item: SpokenItem) => item.external_urls?.spotify ?? null }),
    }),
  });
}
