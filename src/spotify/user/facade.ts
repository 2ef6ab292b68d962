import type { CallContext } from '../upstream/call-context.js';
import type { Query } from '../upstream/web-api-client.js';
import type { Decoder } from '../upstream/spec/decode.js';
import type { BoundUserCall } from './endpoints.js';
import type { WebApiClient } from '../upstream/web-api-client.js';

/**
 * The signed-in user's side of one request's Spotify facade: every call carries the user's
 * token (UNAUTHENTICATED without one). An identical GET is sent once per request, and no
 * answer is kept beyond the request: what a user's token reads is that user's alone, so it
 * never enters the catalog cache (nor, since a request with a user token skips it, the
 * response cache). A write is sent exactly as asked and forgets the request's user reads, so
 * a read after it sees the change. Reads are decoded like the catalog's; a write's answer is
 * not (spec/endpoints.ts lists GETs only).
 */
export function boundUserCall(client: WebApiClient, decoder: Decoder, call: CallContext): BoundUserCall {
  const reads = new Map<string, Promise<unknown>>();
  const send: BoundUserCall = async (request) => {
    const { scopes, path, query = {}, body, once, emptyBodyAccepted } = request;
    const url = client.url(path, query as Query);
    if (request.method !== 'GET') {
      reads.clear();
      return (await client.send({ endpoint: request.endpoint, method: request.method, url, body, credential: 'user', scopes, once }, call)).body;
    }
    const { endpoint } = request;
    let answer = reads.get(url);
    if (!answer) {
      answer = client
        .send({ endpoint, method: 'GET', url, credential: 'user', scopes, emptyBodyAccepted }, call)
        .then(({ body: raw }) => (raw === undefined ? null : decoder.decode(endpoint, raw)));
      reads.set(url, answer);
    }
    return answer;
  };
  return send;
}
