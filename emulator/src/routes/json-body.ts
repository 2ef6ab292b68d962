// Reading the JSON bodies of write endpoints, with the 400 answers Spotify gives to bodies
// that are not JSON objects or whose fields have the wrong type.

import { ApiError } from '../http.js';
import type { RouteContext } from './context.js';

/** The body as an object; `{}` when there is none. */
export function jsonBody(ctx: RouteContext): Record<string, unknown> {
  if (ctx.body.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(ctx.body);
  } catch {
    throw new ApiError(400, 'Error parsing JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ApiError(400, 'Error parsing JSON.');
  return body as Record<string, unknown>;
}

export function optionalBoolean(body: Record<string, unknown>, key: string): boolean | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw new ApiError(400, `${key} must be a boolean`);
  return value;
}

export function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ApiError(400, `${key} must be a string`);
  return value;
}
