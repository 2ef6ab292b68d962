import { persistedExchange } from '@urql/exchange-persisted';
import type { DocumentNode } from 'graphql';
import { Client, cacheExchange, fetchExchange } from 'urql';

/** The hash codegen gave each document (the key of its persisted-documents.json). */
const documentHash = (document: DocumentNode) => Promise.resolve((document as DocumentNode & { __meta__?: { hash?: string } }).__meta__?.hash ?? '');

/** A client per signed-in user (or none): its cache never mixes one user's answers with another's. */
export function makeClient(token: string | undefined): Client {
  return new Client({
    // The app is served by the gateway itself (and `vite` proxies this path to one).
    url: '/graphql',
    exchanges: [
      cacheExchange,
      // Operations go by their hash: the gateway knows the app's documents (the build carries
      // them), so a gateway with PERSISTED_OPERATIONS=require serves the app too. One that does
      // not know a hash answers PersistedQueryNotFound, and the text follows.
      persistedExchange({ generateHash: (_, document) => documentHash(document), enableForMutation: true, preferGetForPersistedQueries: 'force' }),
      fetchExchange,
    ],
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
