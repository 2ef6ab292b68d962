import type { TypedDocumentString } from './generated/graphql.js';

export interface GraphQLResponse<R> {
  data?: R | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface ExecuteOptions {
  headers?: Record<string, string>;
  /**
   * Send only the operation's id from codegen's persisted-documents manifest instead of its
   * text: smaller requests, and the only kind a gateway with PERSISTED_OPERATIONS=require runs.
   */
  persisted?: boolean;
}

/** The body of a request: the operation's text, or only its manifest id. */
function requestBody<R, V>(document: TypedDocumentString<R, V>, variables: V, persisted: boolean): string {
  if (!persisted) return JSON.stringify({ query: document.toString(), variables });
  const documentId = document.__meta__?.hash;
  if (typeof documentId !== 'string') {
    throw new Error('This document has no persisted id: run `npm run codegen` with persistedDocuments enabled');
  }
  return JSON.stringify({ documentId, variables });
}

/** What a failed connection most likely means, from the cause's system error code. */
const LIKELY_CAUSES: Record<string, string> = {
  ECONNREFUSED: 'nothing listens there: start the gateway (`npm start`) or pass --endpoint / set GRAPHQL_ENDPOINT',
  ENOTFOUND: 'its host name does not resolve',
  EAI_AGAIN: 'its host name could not be resolved (DNS)',
  ECONNRESET: 'the connection was closed before an answer (a TLS endpoint reached over http://?)',
  ETIMEDOUT: 'no answer in time (a firewall, or a wrong host?)',
  EHOSTUNREACH: 'the host is unreachable',
};

/** A request that got no GraphQL answer: names the endpoint tried and the likely cause. */
function endpointError(endpoint: string, detail: string): Error {
  return new Error(`no GraphQL answer from ${endpoint}: ${detail}`);
}

/** Sends a generated, typed operation over HTTP: the result and variables are typed by codegen. */
export async function execute<R, V>(
  endpoint: string,
  document: TypedDocumentString<R, V>,
  variables: V,
  options: ExecuteOptions = {},
): Promise<GraphQLResponse<R>> {
  const body = requestBody(document, variables, options.persisted ?? false);
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...options.headers },
      body,
    });
  } catch (error) {
    // fetch says only "fetch failed"; the reason is its cause's system error.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const code = cause?.code ?? '';
    throw endpointError(endpoint, LIKELY_CAUSES[code] ?? `${code || 'connection failed'}${cause?.message ? ` (${cause.message})` : ''}`);
  }
  const type = response.headers.get('content-type') ?? '';
  if (!/json/.test(type)) {
    throw endpointError(endpoint, `it answered HTTP ${response.status} with ${type || 'no content type'}, not a GraphQL result: is this the gateway's /graphql?`);
  }
  return (await response.json()) as GraphQLResponse<R>;
}
