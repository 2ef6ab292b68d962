// A typed client call from a script: pages through the artists matching a search and prints
// their names, one line per page.
//
//   npm run client -- BTS --pages 2 --page-size 5 [--persisted] [--endpoint http://localhost:4000/graphql]
import { parseArgs } from 'node:util';
import { searchArtistPages } from './search-pager.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    endpoint: { type: 'string', default: process.env.GRAPHQL_ENDPOINT ?? 'http://localhost:4000/graphql' },
    pages: { type: 'string', default: '1' },
    'page-size': { type: 'string', default: '5' },
    persisted: { type: 'boolean', default: false },
  },
});

const query = positionals.join(' ') || 'BTS';
let page = 0;
try {
  for await (const artists of searchArtistPages(values.endpoint, query, {
    maxPages: Number(values.pages),
    pageSize: Number(values['page-size']),
    persisted: values.persisted,
  })) {
    page += 1;
    console.log(`page ${page}: ${artists.map((artist) => artist.name).join(', ') || '(no artists)'}`);
  }
} catch (error) {
  console.error(`search failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
