import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { startHarness, type GraphQLResult, type Harness } from '../helpers/harness.js';
import { missingInReduced } from '../helpers/missing-fields.js';

const ownTypes = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__') && isObjectType(type));

describe('schema documentation for GraphiQL and typed clients', () => {
  it('describes every type, field and argument', () => {
    const undocumented: string[] = [];
    for (const type of ownTypes) {
      if (!type.description?.trim()) undocumented.push(type.name);
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.description?.trim()) undocumented.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (!arg.description?.trim()) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  // Which fields Development Mode takes away is found by asking both modes the same query:
  // every field that is null (or an error) only in Development Mode must say so in its docs.
  describe('says what Development Mode takes away', () => {
    const query = `query Everything($id: ID!) {
      artist(id: $id) {
        id name uri spotifyUrl genres popularity followers images { url }
        albums(first: 1) { edges { node { id name releaseDate totalTracks
          tracks(first: 1) { edges { node { id name durationMs explicit trackNumber discNumber popularity previewUrl } } } } } }
      }
    }`;
    let development: Harness;
    let extended: Harness;
    let results: { development: GraphQLResult; extended: GraphQLResult };
    let topTracks: GraphQLResult;
    beforeAll(async () => {
      development = await startHarness({ emulator: { mode: 'development' } });
      extended = await startHarness({ emulator: { mode: 'extended' } });
      const id = development.emulator.catalog.fixtures.btsId;
      results = { development: await development.gql(query, { id }), extended: await extended.gql(query, { id }) };
      topTracks = await development.gql('query Top($id: ID!) { artist(id: $id) { topTracks(market: "US") { id } } }', { id });
    });
    afterAll(async () => {
      await development.close();
      await extended.close();
    });


    it('every field only Extended Quota Mode apps get mentions Development Mode', () => {
      expect(results.extended.errors).toBeUndefined();
      const missing = new Set<string>();
      missingInReduced(results.extended.data, results.development.data, 'Query', missing);
      // The answers really differ: otherwise this test would prove nothing.
      expect([...missing]).toEqual(expect.arrayContaining(['Artist.genres', 'Artist.popularity', 'Track.popularity']));
      for (const coordinate of missing) {
        const [typeName, fieldName] = coordinate.split('.');
        const type = schema.getType(typeName);
        const description = isObjectType(type) ? type.getFields()[fieldName].description : undefined;
        expect(description, coordinate).toMatch(/Development Mode/);
      }
    });

    it('the FORBIDDEN error of a removed endpoint comes with docs that explain it', () => {
      const forbidden = (topTracks.errors ?? []).filter((error) => error.extensions?.code === 'FORBIDDEN');
      expect(forbidden.map((error) => error.path?.join('.'))).toEqual(['artist.topTracks']);
      const artist = schema.getType('Artist');
      expect(isObjectType(artist) && artist.getFields().topTracks.description).toMatch(/Development Mode.*FORBIDDEN|FORBIDDEN.*Development Mode/s);
    });
  });
});
