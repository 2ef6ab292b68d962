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

builder.queryType({
  description:
    "Spotify's catalog: look up artists, albums, tracks, playlists, podcasts and audiobooks by id or by a pasted link, or search. Every error carries a stable `extensions.code` (BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, RATE_LIMITED, …), and one failing field never fails its siblings.",
});

/** The schema for direct use. */
export const schema = builder.toSchema({ sortSchema: true });

/** The same schema as an Apollo Federation v2 subgraph (adds `_service` and `_entities`). */
export const subgraphSchema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6', sortSchema: true });
