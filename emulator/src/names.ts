// Names for the catalog: small word lists and the patterns that combine them, varied enough
// that searches hit realistic numbers of results. No word starts with "bts" (the BTS fixture
// relies on that) and words starting with "love" live only in LOVE_WORDS, so the big search
// term's hit counts stay under the generator's control.

import { chance, pick, type Rng } from './random.js';

export const ADJECTIVES = [
  'Midnight', 'Golden', 'Silver', 'Electric', 'Velvet', 'Neon', 'Crystal', 'Wild', 'Quiet',
  'Broken', 'Burning', 'Frozen', 'Hidden', 'Lonely', 'Lucky', 'Northern', 'Paper', 'Purple',
  'Restless', 'Secret', 'Shining', 'Silent', 'Sleepy', 'Solar', 'Stellar', 'Sweet', 'Tender',
  'Urban', 'Violet', 'Wandering', 'Young', 'Cosmic', 'Distant', 'Eternal', 'Faded', 'Gentle',
  'Hollow', 'Infinite', 'Jade', 'Little', 'Modern', 'Morning', 'Pale', 'Radiant', 'Rusty',
  'Scarlet', 'Summer', 'Winter', 'Autumn', 'Blue', 'Crimson', 'Dusty', 'Empty', 'Fallen',
  'Glass', 'Happy', 'Iron', 'Kind', 'Magic', 'Native', 'Orange', 'Perfect', 'Royal', 'Savage',
] as const;

export const NOUNS = [
  'Heart', 'Dream', 'River', 'Fire', 'Sky', 'Rain', 'Road', 'Night', 'Light', 'Shadow', 'Star',
  'Moon', 'Sun', 'City', 'Garden', 'Ocean', 'Mirror', 'Echo', 'Wave', 'Storm', 'Window',
  'Letter', 'Song', 'Dance', 'Flame', 'Horizon', 'Island', 'Forest', 'Mountain', 'Train',
  'Highway', 'Diamond', 'Thunder', 'Whisper', 'Memory', 'Signal', 'Satellite', 'Paradise',
  'Kingdom', 'Harbor', 'Lantern', 'Feather', 'Ghost', 'Angel', 'Tiger', 'Wolf', 'Bird', 'Rose',
  'Lily', 'Bridge', 'Desert', 'Engine', 'Fountain', 'Galaxy', 'Hotel', 'Jungle', 'Kite',
  'Machine', 'Nation', 'Orbit', 'Planet', 'Queen', 'Rocket', 'Season', 'Tide', 'Valley',
] as const;

export const PLURALS = [
  'Wolves', 'Tigers', 'Dreamers', 'Strangers', 'Kids', 'Rebels', 'Saints', 'Sisters',
  'Brothers', 'Pilots', 'Machines', 'Ghosts', 'Angels', 'Sparrows', 'Giants', 'Lions',
  'Travelers', 'Monarchs', 'Echoes', 'Satellites', 'Shadows', 'Rivers', 'Foxes', 'Comets',
] as const;

export const FIRST_NAMES = [
  'Ava', 'Leo', 'Mia', 'Noah', 'Zoe', 'Eli', 'Nina', 'Omar', 'Iris', 'Jonas', 'Lena', 'Marco',
  'Sofia', 'Theo', 'Yara', 'Felix', 'Clara', 'Hugo', 'Maya', 'Ravi', 'Ines', 'Kenji', 'Alma',
  'Dario', 'Freya', 'Malik', 'Nora', 'Oscar', 'Priya', 'Sven', 'Tara', 'Viktor', 'Wren',
] as const;

export const LAST_NAMES = [
  'Reyes', 'Novak', 'Lindqvist', 'Okafor', 'Moreau', 'Tanaka', 'Costa', 'Walsh', 'Berg',
  'Kowalski', 'Haddad', 'Silva', 'Larsen', 'Duarte', 'Fischer', 'Ivanova', 'Kim', 'Mendes',
  'Nakamura', 'Oliveira', 'Petrov', 'Quinn', 'Rossi', 'Sato', 'Torres', 'Vance', 'Young',
] as const;

/** Every one of these starts with "love": the generator sprinkles them in on purpose. */
export const LOVE_WORDS = ['Love', 'Lovers', 'Lovely', 'Lover', 'Loveless'] as const;

export const TRACK_SUFFIXES = [
  ' (Remix)', ' (Live)', ' (Acoustic)', ' - Radio Edit', ' (Interlude)', ' (Reprise)',
] as const;

export const GENRES = [
  'indie pop', 'synthpop', 'alt rock', 'dream pop', 'neo soul', 'hip hop', 'jazz fusion',
  'folk', 'house', 'techno', 'r&b', 'shoegaze', 'post-punk', 'latin pop', 'afrobeats',
  'country', 'ambient', 'k-pop', 'j-pop', 'bossa nova', 'trap', 'drum and bass', 'blues',
] as const;

export const LABELS = [
  'Northern Lights Records', 'Paper Moon Music', 'Velvet Tide', 'Blue Harbor Recordings',
  'Golden Orbit', 'Quiet Engine Records', 'Satellite Sound', 'Crimson Valley Music',
] as const;

export function artistName(rng: Rng, index: number): string {
  // Every fifth artist carries a "love" word: > 60 artists for the big search term.
  if (index % 5 === 0) return `${pick(rng, LOVE_WORDS)} ${pick(rng, chance(rng, 0.5) ? NOUNS : PLURALS)}`;
  const roll = rng();
  if (roll < 0.3) return `The ${pick(rng, ADJECTIVES)} ${pick(rng, PLURALS)}`;
  if (roll < 0.6) return `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`;
  if (roll < 0.85) return `${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)}`;
  return `${pick(rng, NOUNS)} ${pick(rng, PLURALS)}`;
}

export function albumName(rng: Rng, index: number): string {
  if (index % 8 === 0) return `${pick(rng, LOVE_WORDS)} ${pick(rng, NOUNS)}`;
  const roll = rng();
  if (roll < 0.4) return `${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)}`;
  if (roll < 0.7) return `${pick(rng, NOUNS)} of the ${pick(rng, NOUNS)}`;
  return pick(rng, PLURALS);
}

export function trackName(rng: Rng, index: number): string {
  // One track in nine carries a "love" word, on top of those by "love" artists.
  if (index % 9 === 0) {
    const roll = rng();
    if (roll < 0.15) return 'Love';
    if (roll < 0.5) return `${pick(rng, LOVE_WORDS)} ${pick(rng, NOUNS)}`;
    if (roll < 0.8) return `${pick(rng, ADJECTIVES)} ${pick(rng, LOVE_WORDS)}`;
    return `${pick(rng, LOVE_WORDS)} in the ${pick(rng, NOUNS)}`;
  }
  const roll = rng();
  const base = roll < 0.5 ? `${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)}` : roll < 0.8 ? pick(rng, NOUNS) : `${pick(rng, NOUNS)} ${pick(rng, PLURALS)}`;
  return chance(rng, 0.08) ? base + pick(rng, TRACK_SUFFIXES) : base;
}
