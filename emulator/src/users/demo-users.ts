// The signed-in people of the emulator: fixed accounts the consent page offers. There are
// seven so that the Development Mode limit of five authorized users can be reached.

import { base62Id } from '../random.js';

export interface DemoUser {
  id: string;
  displayName: string;
  email: string;
  country: string;
  product: 'premium' | 'free';
  followers: number;
  /** 24 hex chars of the profile picture, or null for the default avatar. */
  image: string | null;
  explicitFilter: boolean;
  /** The immutable account identifier Spotify recommends for account linking. */
  accountId: string;
}

const user = (
  id: string, displayName: string, country: string, product: DemoUser['product'], followers: number,
  image: string | null, explicitFilter = false,
): DemoUser => ({
  id, displayName, email: `${id}@example.com`, country, product, followers, image, explicitFilter,
  accountId: base62Id(`account:${id}`).slice(0, 10),
});

export const DEMO_USERS: readonly DemoUser[] = [
  user('sora', 'Sora Aoki', 'JP', 'premium', 48, '7f3c19a0b2d84e6f5a1c0d92'),
  user('minji', 'Minji Park', 'KR', 'premium', 112, 'c41e8b27d09f3a6e15b7c2d8'),
  user('jules', 'Jules Moreau', 'FR', 'free', 9, null, true),
  user('noor', 'Noor Haddad', 'GB', 'premium', 23, '2b9d04e7f1a83c5e60d7b4a1'),
  user('theo', 'Theo Lindqvist', 'SE', 'premium', 5, null),
  user('ines', 'Inês Carvalho', 'BR', 'premium', 31, '9e07a3c5d28b4f1e6c0a7d35'),
  user('kai', 'Kai Nakamura', 'US', 'free', 2, null),
];

export const DEMO_USER_IDS = new Map(DEMO_USERS.map((u) => [u.id, u]));

/** A playlist owner's display name: a demo user's, or Spotify's own account. */
export function displayNameOf(id: string): string | null {
  return id === 'spotify' ? 'Spotify' : DEMO_USER_IDS.get(id)?.displayName ?? null;
}
