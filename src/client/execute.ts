import type { TypedDocumentString } from './generated/graphql.js';

export interface GraphQLResponse<R> {
  data?: R | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** Sends a generated, typed operation over HTTP: the result and variables are typed by codegen. */
export async function execute<R, V>(
  endpoint: string,
  document: TypedDocumentString<R, V>,
  variables: V,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<R>> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  return (await response.json()) as GraphQLResponse<R>;
}
