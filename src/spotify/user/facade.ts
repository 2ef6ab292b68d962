import type { CallContext } from '../upstream/call-context.js';
import type { Query } from '../upstream/web-api-client.js';
import type { Decoder } from '../upstream/spec/decode.js';
import { SpotifyBadResponseError } from '../upstream/errors.js';
import { endpoints, type Endpoint } from '../upstream/spec/decoded-endpoints.js';
import { UserEndpoints, type BoundUserCall, type WriteAnswer } from './endpoints.js';
import type { WebApiClient } from '../upstream/web-api-client.js';

/**
 * The signed-in user's side of one request's Spotify facade: every call carries the user's
 * token (UNAUTHENTICATED without one). An identical GET is sent once per request, and no
 * answer is kept beyond the request: what a user's token reads is that user's alone, so it
 * never enters the catalog cache (nor, since a request with a user token skips it, the
 * response cache). A write is sent exactly as asked and forgets the request's user reads, so
 * a read after it sees the change. Reads are decoded like the catalog's, and so are the writes'
 * answers that have a body (decoded-endpoints.ts).
 */
export function userEndpointsFor(client: WebApiClient, decoder: Decoder, call: CallContext): UserEndpoints {
  const reads = new Map<string, Promise<unknown>>();
  const send: BoundUserCall = async (request) => {
    const { scopes, path, query = {}, body } = request;
    const url = client.url(path, query as Query);
    if (request.method !== 'GET') {
      reads.clear();
      const raw = (await client.send({ endpoint: request.endpoint, method: request.method, url, body, credential: 'user', scopes }, call)).body;
      return { raw, decoded: decodeWrite(decoder, request.endpoint, raw) } satisfies WriteAnswer<unknown>;
    }
    const { endpoint } = request;
    let answer = reads.get(url);
    if (!answer) {
      answer = client.send({ endpoint, method: 'GET', url, credential: 'user', scopes }, call).then(({ body: raw }) => decoder.decode(endpoint, raw));
      reads.set(url, answer);
    }
    return answer;
  };
  return new UserEndpoints(send);
}

/**
 * A write's answer decoded like a read's, or undefined when it has no body or none the decoder
 * can use: Spotify answered 2xx, so the write is done and this is never an error (the cut is
 * still reported through `dropped`). The body as sent stays whole beside it.
 */
function decodeWrite(decoder: Decoder, endpoint: string, raw: unknown): unknown {
  if (raw === undefined || !(endpoint in endpoints)) return undefined;
  try {
    return decoder.decode(endpoint as Endpoint, structuredClone(raw));
  } catch (error) {
    if (error instanceof SpotifyBadResponseError) return undefined;
    throw error;
  }
}
