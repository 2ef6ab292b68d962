import ipaddr from 'ipaddr.js';

// Read by the configuration at start-up and by the edge for every request (http/client-address.ts).

/** A parsed TRUSTED_PROXIES list: the CIDR ranges whose `X-Forwarded-For` is believed. */
export type TrustedProxies = readonly [ipaddr.IPv4 | ipaddr.IPv6, number][];

/**
 * Parses a CIDR list (`10.0.0.0/8, 2001:db8::/32`; a bare address is a range of one). Throws
 * on an entry that is not one, so a typo fails at start-up rather than trusting nothing.
 */
export function parseTrustedProxies(list: readonly string[]): TrustedProxies {
  return list.map((entry) => {
    if (entry.includes('/')) return ipaddr.parseCIDR(entry);
    const address = ipaddr.parse(entry);
    return [address, address.kind() === 'ipv4' ? 32 : 128] as [ipaddr.IPv4 | ipaddr.IPv6, number];
  });
}
