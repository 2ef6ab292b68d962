import { isSpotifyId } from '../spotify/catalog/ids.js';
import { builder } from './builder.js';
import { CatalogRef } from './catalog-kinds.js';

// Artist, Album and Track as Apollo Federation entities keyed by their Spotify id, so other
// subgraphs can extend them. References resolve through the per-request loaders: a
// federation gateway's `_entities` call for 80 artists is batched like any other lookup.
// A malformed id resolves to null without a call.

const byId = builder.selection<{ id: string }>('id');

builder.asEntity(CatalogRef.artist, {
  key: byId,
  resolveReference: ({ id }, ctx) => (isSpotifyId(id) ? ctx.spotify.artist(id) : null),
});

builder.asEntity(CatalogRef.album, {
  key: byId,
  resolveReference: async ({ id }, ctx) => {
    const album = isSpotifyId(id) ? await ctx.spotify.album(id) : null;
    return album && { album };
  },
});

builder.asEntity(CatalogRef.track, {
  key: byId,
  resolveReference: async ({ id }, ctx) => {
    const track = isSpotifyId(id) ? await ctx.spotify.track(id) : null;
    return track && { track };
  },
});
