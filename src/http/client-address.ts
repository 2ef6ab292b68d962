import ipaddr from 'ipaddr.js';
import type { TrustedProxies } from '../trusted-proxies.js';

/** An address as one form: an IPv4 address mapped into IPv6 (`::ffff:10.0.0.1`) is the IPv4 one. */
function parse(address: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  return ipaddr.isValid(address) ? ipaddr.process(address) : undefined;
}

/** Peers' canonical forms lately seen: parsing is most of the work, and peers repeat (keep-alive, a few proxies). */
const canonical = new Map<string, string>();
const CANONICAL_KEPT = 1024;

function canonicalOf(peer: string): string {
  let known = canonical.get(peer);
  if (known === undefined) {
    known = parse(peer)?.toString() ?? 'unknown';
    if (canonical.size >= CANONICAL_KEPT) canonical.clear();
    canonical.set(peer, known);
  }
  return known;
}

function trusted(address: ipaddr.IPv4 | ipaddr.IPv6, proxies: TrustedProxies): boolean {
  return proxies.some(([range, bits]) => address.kind() === range.kind() && address.match(range, bits));
}

/**
 * The address a request comes from, which is what a client is known by. It is the socket's
 * peer, unless that peer is a trusted proxy: then `X-Forwarded-For` is read from the right,
 * hop by hop, for as long as each hop is itself trusted; the first untrusted one is the client.
 * A header from an untrusted peer is ignored, so forging one buys nothing. Without a socket
 * (a request handed to the gateway in-process), the client is "unknown".
 */
export function clientAddress(request: Request, peer: string | undefined, proxies: TrustedProxies): string {
  if (peer === undefined) return 'unknown';
  // No proxy trusted: the header is never read, and the peer is the client.
  if (proxies.length === 0) return canonicalOf(peer);
  let client = parse(peer);
  if (client === undefined) return 'unknown';
  const hops = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (hops.length > 0 && trusted(client, proxies)) {
    const next = parse(hops.pop()!);
    if (next === undefined) break;
    client = next;
  }
  return client.toString();
}
