import { getNamedType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { startHarness, type GraphQLResult, type Harness } from '../helpers/harness.js';
import { missingInReduced } from '../helpers/missing-fields.js';

// The catalog's new fields asked in both modes: every one that has a value only in Extended
// Quota Mode must say in its docs that Development Mode takes it away.
const QUERY = `query Everything($album: ID!, $show: ID!, $book: ID!, $episode: ID!, $chapter: ID!) {
  album(id: $album) { id albumType releaseDatePrecision label upc copyrights { text type } tracks(first: 2) { edges { node { isrc isPlayable restrictionReason } } } }
  show(id: $show) { id name publisher description explicit languages mediaType totalEpisodes images { url } episodes(first: 2) { edges { node { id name releaseDatePrecision } } } }
  audiobook(id: $book) { id name authors narrators publisher edition explicit languages mediaType totalChapters chapters(first: 2) { edges { node { id chapterNumber } } } }
  episode(id: $episode) { id name description durationMs explicit releaseDate releaseDatePrecision languages show { id publisher } }
  chapter(id: $chapter) { id name chapterNumber durationMs releaseDate audiobook { id publisher } }
  search(query: "love") { shows(first: 2) { edges { node { publisher } } } audiobooks(first: 2) { edges { node { publisher } } } }
}`;


describe("the new catalog fields' docs say what Development Mode takes away", () => {
  let development: Harness;
  let extended: Harness;
  let results: Record<'development' | 'extended', GraphQLResult>;
  beforeAll(async () => {
    development = await startHarness({ emulator: { mode: 'development' } });
    extended = await startHarness({ emulator: { mode: 'extended' } });
    const c = development.emulator.catalog;
    const variables = { album: c.fixtures.bigAlbumId, show: c.fixtures.longShowId, book: c.fixtures.longAudiobookId, episode: c.episodes[0].id, chapter: c.chapters[0].id };
    results = { development: await development.gql(QUERY, variables), extended: await extended.gql(QUERY, variables) };
  });
  afterAll(async () => {
    await development.close();
    await extended.close();
  });

  it('every field only Extended Quota Mode apps get mentions Development Mode', () => {
    expect(results.extended.errors).toBeUndefined();
    expect(results.development.errors).toBeUndefined();
    const missing = new Set<string>();
    const data = results.extended.data as Record<string, unknown>;
    const reduced = results.development.data as Record<string, unknown>;
    const rootType = schema.getQueryType()!;
    for (const [name, value] of Object.entries(data)) {
      missingInReduced(value, reduced[name], getNamedType(rootType.getFields()[name].type).name, missing);
    }
    // The answers really differ: otherwise this test would prove nothing.
    expect([...missing]).toEqual(expect.arrayContaining(['Album.label', 'Show.publisher', 'Audiobook.publisher']));
    for (const coordinate of missing) {
      const [typeName, fieldName] = coordinate.split('.');
      const type = schema.getType(typeName);
      const description = isObjectType(type) ? type.getFields()[fieldName].description : undefined;
      expect(description, coordinate).toMatch(/Development Mode/);
    }
  });
});
