import { Client, cacheExchange, fetchExchange } from 'urql';

/** A client per signed-in user (or none): its cache never mixes one user's answers with another's. */
export function makeClient(token: string | undefined): Client {
  return new Client({
    // The app is served by the gateway itself (and `vite` proxies this path to one).
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    // Queries go as GET, which HTTP caches between the browser and the gateway can keep.
    preferGetMethod: 'force',
    fetchOptions: {
      headers: {
        // The gateway's CSRF prevention refuses a GET without this header: a page on another
        // site cannot add it without a CORS preflight.
        'x-graphql-csrf': '1',
        // The user's token goes in a header, never in the URL.
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    },
  });
}
