import { createHash } from 'node:crypto';
import { BREAK, getOperationAST, parse, TypeInfo, visit, visitWithTypeInfo, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { USER_SCOPED } from '../schema/user-scoped.js';
import { callerOf } from './caller.js';

interface HttpCachingOptions {
  /** `max-age` of catalog-only answers (the gateway's own cache TTL). */
  maxAgeSeconds: number;
  /** Token limit of the parse this plugin does itself (the gateway's MAX_TOKENS). */
  maxTokens: number;
}

/**
 * `public`: a catalog-only query, the same for everyone; `private`: answers for one user;
 * `no-store`: a mutation, an error, or anything that is not a query.
 */
type Policy = 'public' | 'private' | 'no-store';

/** Query texts whose policy is kept, so a repeated GET is not parsed twice. */
const KEPT_TEXTS = 100;

const JSON_TYPES = /^application\/(graphql-response\+)?json\b/;

/** What the operation itself says: is it a query, and does it select a user-scoped field? */
function operationPolicy(schema: GraphQLSchema, query: string, operationName: string | undefined, maxTokens: number): Policy {
  let document;
  try {
    document = parse(query, { maxTokens });
  } catch {
    return 'no-store';
  }
  if (getOperationAST(document, operationName)?.operation !== 'query') return 'no-store';
  // The whole document is walked, fragments included: a user-scoped field anywhere in it makes
  // the answer private, erring on the side that never shares.
  let userScoped = false;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        if (typeInfo.getFieldDef()?.extensions?.[USER_SCOPED] !== true) return undefined;
        userScoped = true;
        return BREAK;
      },
    }),
  );
  return userScoped ? 'private' : 'public';
}

/** A strong validator of the exact bytes sent. */
function strongETag(body: ArrayBuffer): string {
  return `"${createHash('sha256').update(new Uint8Array(body)).digest('base64url')}"`;
}

/** If-None-Match compares entity tags weakly (RFC 9110 §13.1.2): `W/` is ignored, `*` matches any. */
function matches(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

function appendVary(headers: Headers, names: string[]): void {
  const present = (headers.get('vary') ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const missing = names.filter((name) => !present.includes(name.toLowerCase()));
  if (missing.length > 0) headers.set('vary', [headers.get('vary'), ...missing].filter(Boolean).join(', '));
}

/**
 * HTTP caching of GraphQL queries sent with GET (`/graphql?query=…`, or `?documentId=…`):
 * catalog-only queries are `public, max-age=<TTL>` with a strong ETag, and a request whose
 * `If-None-Match` holds it is answered 304 without a body; anything user-specific (a
 * signed-in caller, or a field marked USER_SCOPED) is `private, no-store`; mutations and
 * errors are `no-store`. POST answers get no Cache-Control of their own. Each GET answer varies by
 * `Accept` (the media type of the body) and `Authorization`.
 */
export function useHttpCaching(options: HttpCachingOptions): Plugin {
  let schema: GraphQLSchema | undefined;
  const policies = new WeakMap<Request, Policy>();
  const kept = new Map<string, Policy>();

  const policyOf = (query: string, operationName: string | undefined): Policy => {
    const key = `${operationName ?? ''}\u0000${query}`;
    let policy = kept.get(key);
    if (policy === undefined) {
      policy = schema ? operationPolicy(schema, query, operationName, options.maxTokens) : 'no-store';
      if (kept.size >= KEPT_TEXTS) kept.delete(kept.keys().next().value!);
      kept.set(key, policy);
    }
    return policy;
  };

  return {
    onSchemaChange({ schema: next }) {
      schema = next;
      kept.clear();
    },
    // Every GET that reaches the GraphQL endpoint starts as not storable: one refused before
    // its operation is known (an unknown documentId, a malformed query) stays so.
    onRequestParse({ request }) {
      if (request.method === 'GET') policies.set(request, 'no-store');
    },
    // After the persisted-operations plugin, which turns a documentId into its query text.
    onParams({ params, request }) {
      if (!policies.has(request)) return;
      const policy = typeof params.query === 'string' ? policyOf(params.query, params.operationName ?? undefined) : 'no-store';
      policies.set(request, policy === 'public' && callerOf(request).kind === 'user' ? 'private' : policy);
    },
    onResultProcess({ request, result }) {
      if (policies.get(request) !== 'public') return;
      const results = Array.isArray(result) ? result : [result];
      // A stream (subscription, @defer) or a result with errors is not stored anywhere.
      if (results.some((one) => Symbol.asyncIterator in one || (one.errors?.length ?? 0) > 0)) policies.set(request, 'no-store');
    },
    // Synchronous unless the body must be read, so POST answers wait on no promise here.
    onResponse({ request, response, setResponse, fetchAPI }) {
      const policy = policies.get(request);
      if (policy === undefined) return; // not a GraphQL GET: a POST, GraphiQL's page, /health, …
      appendVary(response.headers, ['Accept', 'Authorization']);
      if (policy !== 'public' || response.status !== 200 || !JSON_TYPES.test(response.headers.get('content-type') ?? '')) {
        response.headers.set('cache-control', policy === 'private' ? 'private, no-store' : 'no-store');
        // The response cache's validators are for revalidating stored answers; these are not stored.
        response.headers.delete('etag');
        response.headers.delete('last-modified');
        return;
      }
      return response.arrayBuffer().then((body) => {
        const headers = new fetchAPI.Headers(response.headers);
        const etag = strongETag(body);
        headers.set('cache-control', `public, max-age=${options.maxAgeSeconds}`);
        headers.set('etag', etag);
        const ifNoneMatch = request.headers.get('if-none-match');
        if (ifNoneMatch !== null && matches(ifNoneMatch, etag)) {
          headers.delete('content-type');
          headers.delete('content-length');
          setResponse(new fetchAPI.Response(null, { status: 304, headers }));
        } else {
          setResponse(new fetchAPI.Response(body, { status: 200, statusText: response.statusText, headers }));
        }
      });
    },
  };
}
