import { builder } from './builder.js';
import './image.js';
import './artist.js';
import './album.js';
import './track.js';
import './search.js';

builder.queryType({
  description:
    "Spotify's catalog: look up artists, albums and tracks by id, or search. Every error carries a stable `extensions.code` (BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, RATE_LIMITED, …), and one failing field never fails its siblings.",
});

export const schema = builder.toSchema({ sortSchema: true });
