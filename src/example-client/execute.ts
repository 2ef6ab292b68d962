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

/** Sends a generated, typed operation over HTTP: the result and variables are typed by codegen. */
export async function execute<R, V>(
  endpoint: string,
  document: TypedDocumentString<R, V>,
  variables: V,
  options: ExecuteOptions = {},
): Promise<GraphQLResponse<R>> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...options.headers },
    body: requestBody(document, variables, options.persisted ?? false),
  });
  return (await response.json()) as GraphQLResponse<R>;
}
