// The small vocabulary every handler speaks: a Reply (status + JSON text), Spotify's error
// bodies, and validation of the query parameters shared by several endpoints. Validation
// failures are thrown as ApiError so handlers read straight down the happy path.

import type { ErrorBody, TokenErrorBody } from './wire-types.js';
import { isBase62Id } from './random.js';
import { toJson } from './wire.js';

export interface Reply {
  status: number;
  /** JSON text, or its UTF-8 bytes when a handler keeps encoded answers around. */
  body: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

export const JSON_TYPE = 'application/json; charset=utf-8';

export function ok(body: string | Buffer): Reply {
  return { status: 200, body };
}

/** Web API error body: {"error":{"status":N,"message":"..."}}. */
export function errorReply(status: number, message: string, reason?: string): Reply {
  const error: ErrorBody['error'] = reason === undefined ? { status, message } : { status, message, reason };
  return { status, body: toJson<ErrorBody>({ error }) };
}

/** Accounts-service (OAuth 2.0) error body: {"error":"...","error_description":"..."}. */
export function oauthErrorReply(error: string, description: string): Reply {
  return { status: 400, body: toJson<TokenErrorBody>({ error, error_description: description }) };
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }

  reply(): Reply {
    return errorReply(this.status, this.message);
  }
}

export type Query = Record<string, string>;

/** First value of each key; `+` means space, as in HTML forms. */
export function parseQuery(text: string): Query {
  const query: Query = {};
  if (text === '') return query;
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    if (key in query) continue;
    query[key] = eq < 0 ? '' : decode(part.slice(eq + 1));
  }
  return query;
}

function decode(text: string): string {
  const spaced = text.includes('+') ? text.replace(/\+/g, ' ') : text;
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

const INTEGER = /^\d{1,9}$/;

export function parseLimit(query: Query, fallback: number, max: number): number {
  const raw = query.limit;
  if (raw === undefined || raw === '') return fallback;
  const n = INTEGER.test(raw) ? Number(raw) : NaN;
  if (!(n >= 1 && n <= max)) throw new ApiError(400, 'Invalid limit');
  return n;
}

export function parseOffset(query: Query, max = Number.MAX_SAFE_INTEGER): number {
  const raw = query.offset;
  if (raw === undefined || raw === '') return 0;
  const n = INTEGER.test(raw) ? Number(raw) : NaN;
  if (!(n >= 0 && n <= max)) throw new ApiError(400, 'Invalid offset');
  return n;
}

const MARKET = /^[A-Z]{2}$/;

/** Only checked for shape: every catalog item is available in every market. */
export function parseMarket(query: Query): string | undefined {
  const market = query.market;
  if (market === undefined) return undefined;
  if (!MARKET.test(market)) throw new ApiError(400, 'Invalid market code');
  return market;
}

export function requireId(id: string): string {
  if (!isBase62Id(id)) throw new ApiError(400, 'Invalid base62 id');
  return id;
}

/** The `ids` list of a Get Several endpoint: 1..max base62 ids, duplicates kept. */
export function parseIds(query: Query, max: number): string[] {
  const raw = query.ids;
  if (raw === undefined || raw.trim() === '') throw new ApiError(400, 'Missing required parameter: ids');
  const ids = raw.split(',').map((s) => s.trim());
  if (ids.length > max) throw new ApiError(400, 'Too many ids requested');
  ids.forEach(requireId);
  return ids;
}

/** Query-string suffix for the optional parameters echoed in paging links. */
export function echo(params: Record<string, string | undefined>): string {
  let out = '';
  for (const [key, value] of Object.entries(params)) {
    // Commas stay readable, as in Spotify's own links (include_groups=album,single).
    if (value !== undefined) out += `&${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`;
  }
  return out;
}

/** href/next/previous for offset paging, in Spotify's form `...?offset=N&limit=M&...`. */
export function pageLinks(
  base: string, extra: string, offset: number, limit: number, total: number, maxOffset = Number.MAX_SAFE_INTEGER,
) {
  const link = (o: number) => `${base}?offset=${o}&limit=${limit}${extra}`;
  const nextOffset = offset + limit;
  return {
    href: link(offset),
    limit,
    offset,
    total,
    next: nextOffset < total && nextOffset <= maxOffset ? link(nextOffset) : null,
    previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
  };
}
