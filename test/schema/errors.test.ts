import { GraphQLError, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { maskError } from '../../src/schema/errors.js';
import { SpotifyRateLimitError, SpotifyUnavailableError } from '../../src/spotify/upstream/errors.js';

const located = (original: Error) => new GraphQLError(original.message, { nodes: parse('{ a }').definitions, path: ['a'], originalError: original });

describe('maskError', () => {
  it('hides unexpected errors behind a coded, generic message', () => {
    const masked = maskError(located(new TypeError('secret internals at /srv/app.js:1:1')), 'Unexpected error.') as GraphQLError;
    expect(masked.message).toBe('Unexpected error.');
    expect(masked.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(masked.toJSON())).not.toContain('secret internals');
    expect(masked.path).toEqual(['a']);
  });

  it('gives data-source errors their stable code and keeps their message', () => {
    const limited = maskError(located(new SpotifyRateLimitError('Spotify is rate limiting this app', 42, 'QUOTA_EXCEEDED')), 'x') as GraphQLError;
    expect(limited.extensions).toEqual({ code: 'RATE_LIMITED', retryAfter: 42, reason: 'QUOTA_EXCEEDED' });
    const down = maskError(located(new SpotifyUnavailableError('Spotify answered 503')), 'x') as GraphQLError;
    expect(down.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(down.message).toBe('Spotify answered 503');
  });

  it('passes errors the gateway raised on purpose unchanged', () => {
    const own = new GraphQLError('"first" must be a whole number', { extensions: { code: 'BAD_USER_INPUT' } });
    expect(maskError(own, 'x')).toBe(own);
  });
});
