import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, planConnection } from '../../src/schema/connection.js';

describe('cursors', () => {
  it('are opaque and round-trip', () => {
    for (const index of [0, 1, 9, 999, 123456]) {
      const cursor = encodeCursor(index);
      expect(cursor).not.toMatch(/^\d+$/);
      expect(cursor).not.toBe(String(index));
      expect(decodeCursor(cursor, 'after')).toBe(index);
    }
  });

  it.each(['', '10', 'abc', encodeCursor(5) + '=', Buffer.from('spotify-offset:-1').toString('base64url'), Buffer.from('spotify-offset:01').toString('base64url'), 'x'.repeat(100)])(
    'rejects malformed cursor %j as BAD_USER_INPUT',
    (cursor) => {
      try {
        decodeCursor(cursor, 'after');
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(GraphQLError);
        expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
      }
    },
  );
});

describe('planConnection', () => {
  it('defaults to the first 10', () => {
    expect(planConnection({})).toEqual({ lowest: 0, bound: undefined, first: 10 });
  });

  it('starts after the after-cursor and stops at the before-cursor', () => {
    expect(planConnection({ first: 5, after: encodeCursor(9), before: encodeCursor(30) })).toMatchObject({ lowest: 10, bound: 30, first: 5 });
  });

  it.each([{ first: -1 }, { first: 51 }, { last: 1000 }, { first: 1, last: 1 }, { first: 1.5 }])('rejects %o', (args) => {
    expect(() => planConnection(args)).toThrow(GraphQLError);
  });
});
