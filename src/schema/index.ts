import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './image.js';
import './copyright.js';
import './artist.js';
import './album.js';
import './track.js';
import './playlist.js';
import './show.js';
import './episode.js';
import './audiobook.js';
import './chapter.js';
import './search.js';
import './lookup.js';
import './entities.js';
// The signed-in user's side.
import './me.js';
import './library.js';
import './listening.js';
import './following.js';
import './my-playlists.js';

builder.queryType({
  description:
    "Spotify's catalog: look up artists, albums, tracks, playlists, podcasts and audiobooks by id or by a pasted link, or search. Every error carries a stable `extensions.code` (BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, RATE_LIMITED, …), and one failing field never fails its siblings.",
});

builder.mutationType({
  description:
    "Changes to the signed-in user's library, follows and playlists, made with the user's access token (`Authorization: Bearer <token>`); UNAUTHENTICATED without one, FORBIDDEN (naming the scopes in `extensions.scopes`) when the user did not grant what a change needs. Inputs are checked before any call. Only idempotent writes are retried; nothing a change touches is cached.",
});

/** The schema for direct use. */
export const schema = builder.toSchema({ sortSchema: true });

let subgraph: GraphQLSchema | undefined;

/**
 * The same schema as an Apollo Federation v2 subgraph (adds `_service` and `_entities`). Built
 * on first use, not at import: it is a second schema with federation's SDL, about 17 MB of RSS
 * and a second of start-up on Node 24, which a gateway serving plain GraphQL never needs.
 */
export function subgraphSchema(): GraphQLSchema {
  subgraph ??= builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6', sortSchema: true });
  return subgraph;
}
