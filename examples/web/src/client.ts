import { Client, cacheExchange, fetchExchange } from 'urql';

export const client = new Client({
  // The app is served by the gateway itself (and `vite` proxies this path to one).
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  // Queries go as GET, which HTTP caches between the browser and the gateway can keep.
  preferGetMethod: 'force',
  // The gateway's CSRF prevention refuses a GET without this header: a page on another site
  // cannot add it without a CORS preflight.
  fetchOptions: { headers: { 'x-graphql-csrf': '1' } },
});
