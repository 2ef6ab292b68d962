import type { CallContext } from './call-context.js';
import type { Query } from './endpoints.js';
import { UserEndpoints, type BoundUserCall } from './user-endpoints.js';
import type { WebApiClient } from './web-api-client.js';

/**
 * The signed-in user's side of one request's Spotify facade: every call carries the user's
 * token (UNAUTHENTICATED without one). An identical GET is sent once per request, and no
 * answer is kept beyond the request: what a user's token reads is that user's alone, so it
 * never enters the catalog cache (nor, since a request with a user token skips it, the
 * response cache). A write is sent exactly as asked and forgets the request's user reads, so
 * a read after it sees the change.
 */
export function userEndpointsFor(client: WebApiClient, call: CallContext): UserEndpoints {
  const reads = new Map<string, Promise<unknown>>();
  const send: BoundUserCall = ({ endpoint, method, scopes, path, query = {}, body }) => {
    const url = client.url(path, query as Query);
    if (method !== 'GET') {
      reads.clear();
      return client.send({ endpoint, method, url, body, credential: 'user', scopes }, call);
    }
    let answer = reads.get(url);
    if (!answer) {
      answer = client.send({ endpoint, method, url, credential: 'user', scopes }, call);
      reads.set(url, answer);
    }
    return answer;
  };
  return new UserEndpoints(send);
}
