import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { readFileSync } from 'node:fs';
import { createGraphQLError, type GraphQLParams, type Plugin } from 'graphql-yoga';
import { ConfigError, type Config } from '../config.js';
import type { ErrorCode } from '../error-codes.js';
import { shippedClientDocuments, webAppDocuments } from './shipped-documents.js';

/** Reads codegen's persisted-documents manifest: `{ "sha256:<hash>": "<operation text>" }`. */
export function loadManifest(path: string): Map<string, string> {
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'not valid JSON';
    throw new ConfigError(`PERSISTED_OPERATIONS_MANIFEST: cannot read a persisted-documents manifest at ${path} (${reason})`);
  }
  if (!entries || typeof entries !== 'object' || Object.values(entries).some((text) => typeof text !== 'string')) {
    throw new ConfigError(`PERSISTED_OPERATIONS_MANIFEST: ${path} is not a map of operation ids to operation texts`);
  }
  return new Map(Object.entries(entries as Record<string, string>));
}

/**
 * The id of a persisted operation: GraphQL-over-HTTP's `documentId` (in a POST body, or in a
 * GET's query string, which Yoga's own GET parser does not pass on), or Apollo's
 * `extensions.persistedQuery.sha256Hash` (with or without the `sha256:` prefix).
 */
function operationId(params: GraphQLParams, request: Request): string | null {
  const documentId =
    request.method === 'GET' ? new URL(request.url).searchParams.get('documentId') : (params as GraphQLParams & { documentId?: unknown }).documentId;
  if (typeof documentId === 'string') return documentId;
  const hash = (params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
  if (typeof hash !== 'string') return null;
  return hash.startsWith('sha256:') ? hash : `sha256:${hash}`;
}

/**
 * Persisted operations from the manifest and the web app's own (the gateway serves the app, so
 * it accepts what the app sends); without a manifest, those of every client this project ships.
 * `allow` runs them beside arbitrary operations; `require` accepts only them (the production
 * allow-list) — except in demo mode, where exploring in GraphiQL stays possible.
 */
export function usePersistedDocuments(config: Pick<Config, 'persistedOperations' | 'persistedOperationsManifest'>, demo: boolean): Plugin[] {
  if (config.persistedOperations === 'off') return [useNoPersistedOperations()];
  const manifest = config.persistedOperationsManifest
    ? new Map([...loadManifest(config.persistedOperationsManifest), ...webAppDocuments()])
    : shippedClientDocuments();
  const requireOnly = config.persistedOperations === 'require' && !demo;
  return [
    usePersistedOperations({
      getPersistedOperation: (key) => manifest.get(key) ?? null,
      extractPersistedOperationId: operationId,
      allowArbitraryOperations: !requireOnly,
      customErrors: {
        notFound: { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' satisfies ErrorCode } },
        persistedQueryOnly: {
          message: 'Only persisted operations are accepted here: send a documentId from the generated manifest',
          extensions: { code: 'PERSISTED_QUERY_ONLY' satisfies ErrorCode },
        },
        keyNotFound: { message: 'The request names no persisted operation', extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode } },
      },
    }) as Plugin,
  ];
}

/**
 * PERSISTED_OPERATIONS=off: a request that names a persisted operation without its text is told
 * so in the words Apollo's persisted-query protocol uses, so a client such as the web app sends
 * the text instead (rather than failing on "Must provide query string").
 */
function useNoPersistedOperations(): Plugin {
  return {
    onParams({ params, request }) {
      if (params.query || operationId(params, request) === null) return;
      throw createGraphQLError('PersistedQueryNotSupported', { extensions: { code: 'BAD_REQUEST' satisfies ErrorCode, http: { status: 400 } } });
    },
  };
}
