// Names for the spoken-word and playlist side of the catalog: K-pop podcasts and their
// episodes, audiobooks and their chapters, playlists. A few carry a "love" word so the big
// search term finds these types too; none has a word starting with "bts" but "This Is BTS".

import { FIRST_NAMES, LAST_NAMES, NOUNS } from './names.js';
import { pick, type Rng } from './random.js';

export const SHOWS: readonly [name: string, publisher: string][] = [
  ['K-Pop Daily', 'Seoul Beat Media'],
  ['Idol Talk', 'Hallyu Audio'],
  ['Seoul Sessions', 'Seoul Beat Media'],
  ['Comeback Season', 'K-Wave Network'],
  ['Fan Chant FM', 'Hallyu Audio'],
  ['Hallyu Hour', 'K-Wave Network'],
  ['Maknae Mornings', 'Seoul Beat Media'],
  ['Bias Wrecker Radio', 'Hallyu Audio'],
  ['Dance Practice Diaries', 'K-Wave Network'],
  ['Love Shot Podcast', 'Seoul Beat Media'],
  ['Music Show Recap', 'K-Wave Network'],
  ['Trainee Stories', 'Hallyu Audio'],
];

const EPISODE_TOPICS = [
  'Comeback Review', 'Album Deep Dive', 'Fan Meeting Stories', 'Choreography Breakdown',
  'Chart Watch', 'Debut Anniversary', 'Tour Diary', 'B-Side Appreciation', 'Music Video Theories',
  'Award Season Predictions', 'Variety Show Moments', 'Lightstick Ranking', 'Love Songs Special',
] as const;

export function episodeName(rng: Rng, number: number): string {
  return `Ep. ${number}: ${pick(rng, EPISODE_TOPICS)}`;
}

export const AUDIOBOOKS = [
  'The Idol Years', 'Dancing in Seoul', 'Behind the Comeback', 'A Short History of K-Pop',
  'Love Letters from Busan', 'The Trainee', 'Lightsticks in the Dark', 'Seven Stages',
] as const;

export function personName(rng: Rng): string {
  return `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`;
}

export function chapterName(rng: Rng, number: number): string {
  return number === 1 ? 'Opening Credits' : `Chapter ${number - 1}: The ${pick(rng, NOUNS)}`;
}

export const PLAYLIST_NAMES = [
  'K-Pop Rising', 'This Is BTS', 'Lovely K-Ballads', 'Dance Practice Hits', 'Night Drive Seoul',
  'Hallyu Classics', 'Fresh Finds Korea', 'Study With Idols', 'Gym Comeback', 'Rainy Day Love',
  'Summer in Busan', 'Chill Hallyu', 'Throwback Thursday K-Pop', 'Fan Chant Favourites',
  'Morning Maknae', 'Indie Seoul',
] as const;
