import { builder } from './builder.js';
import './image.js';
import './artist.js';
import './album.js';
import './track.js';
import './search.js';

builder.queryType({ description: 'Spotify catalog lookups and search.' });

export const schema = builder.toSchema({ sortSchema: true });
