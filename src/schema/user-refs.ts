import { builder } from './builder.js';
import type { PlayContext } from '../spotify/user/types.js';

// References of the signed-in user's types, apart from their implementations (as refs.ts is
// for the catalog's), so the files that add fields to CurrentUser need not import each other.

/** Nothing is loaded for `me` itself: each field asks Spotify for what it needs. */
export interface CurrentUserModel {
  signedIn: true;
}

export const CurrentUserRef = builder.objectRef<CurrentUserModel>('CurrentUser');
export const PlayContextRef = builder.objectRef<PlayContext>('PlayContext');

export const TimeRangeEnum = builder.enumType('TimeRange', {
  description: 'Over what time Spotify computes a user\'s top artists and tracks.',
  values: {
    SHORT_TERM: { value: 'short_term', description: 'About the last four weeks.' },
    MEDIUM_TERM: { value: 'medium_term', description: 'About the last six months (the default).' },
    LONG_TERM: { value: 'long_term', description: 'About the last year, with new data as it comes.' },
  } as const,
});
