// The gateway against a Spotify double that answers from the OpenAPI description: whatever
// untidy but possible answer Spotify sends, every GraphQL request answers cleanly, and every
// request the gateway sends is one the spec allows. Answers are seeded: a failure names its
// seed; CONTRACT_SEED=<n> reruns the suite from another base seed.
import { describe, expect, it } from 'vitest';
import { hashSeed } from 'spotify-emulator';
import { codesOf, contract, violationsOf } from './contract-harness.js';

const BASE_SEED = Number(process.env.CONTRACT_SEED ?? 20_261_202);
/** Answers per query and mode: the first tidy, the others untidy. */
const RUNS = 12;
/** Far above what any query below needs; a paging loop would pass it. */
const MAX_CALLS_PER_REQUEST = 60;

const ARTIST = '0TnOYISbd1XYRBk9myaseg';
const ALBUM = '4aawyAB9vmqN3uQ7FjRGTy';
const TRACK = '11dFghVXANMlKmJXsNCbNl';

const image = 'url width height';
const artistFields = `id name uri spotifyUrl images { ${image} } genres popularity followers`;
const albumFields = `id name uri spotifyUrl albumType releaseDate totalTracks images { ${image} } artists { id name }`;
const trackFields = 'id name uri spotifyUrl durationMs explicit trackNumber discNumber popularity previewUrl album { id name } artists { id name }';
const pageInfo = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/** Queries over every endpoint the gateway calls; topTracks only where a failure nulls a nullable root. */
const QUERIES: Record<string, string> = {
  search: `{ search(query: "q") {
    artists(first: 10) { ${pageInfo} edges { cursor node { ${artistFields} } } }
    albums(first: 5) { ${pageInfo} edges { cursor node { ${albumFields} } } }
    tracks(first: 10) { ${pageInfo} edges { cursor node { ${trackFields} } } } } }`,
  'search pages': `{ search(query: "q", market: "KR") {
    artists(first: 25) { ${pageInfo} edges { node { id name } } }
    tracks(first: 12, after: "c3BvdGlmeS1vZmZzZXQ6OQ") { ${pageInfo} edges { node { id name album { name tracks(first: 2) { edges { node { name } } } } } } } } }`,
  artist: `{ artist(id: "${ARTIST}") { ${artistFields}
    albums(first: 12) { ${pageInfo} edges { node { ${albumFields} tracks(first: 3) { ${pageInfo} edges { node { id name durationMs } } } } } }
    topTracks(market: "US") { ${trackFields} } } }`,
  album: `{ album(id: "${ALBUM}", market: "US") { ${albumFields} artists { id name genres popularity }
    tracks(first: 30) { ${pageInfo} edges { node { id name durationMs explicit trackNumber popularity artists { name } } } } } }`,
  track: `{ track(id: "${TRACK}") { ${trackFields} album { ${albumFields} tracks(first: 2, after: "c3BvdGlmeS1vZmZzZXQ6MA") { ${pageInfo} edges { node { name } } } } artists { ${artistFields} } } }`,
  artists: `{ artists(ids: ["${ARTIST}", "6HvZYsbFfjnjFrWF950C9d", "3Nrfpe0tUJi4K4DXYWgMUX"]) { ${artistFields} albums(first: 3) { ${pageInfo} edges { node { id name } } } } }`,
};

/** Root fields the schema declares non-null: only their own failure may null `data`. */
const NON_NULL_ROOTS = new Set(['search', 'artists']);

for (const mode of ['development', 'extended'] as const) {
  describe(`the gateway against answers generated from the spec (${mode})`, () => {
    const { double, dropped, gql } = contract(mode);

    for (const [name, query] of Object.entries(QUERIES)) {
      it(`${name}: no internal error, no lost data, bounded calls, only requests the spec allows`, async () => {
        const droppedBefore = dropped.length;
        for (let run = 0; run < RUNS; run++) {
          const seed = BASE_SEED + hashSeed(`${mode}|${name}`) % 100_000 + run;
          double().scenario = { seed, untidy: run > 0 };
          const result = await gql(query);
          const context = `seed ${seed} (CONTRACT_SEED=${BASE_SEED}, run ${run}), ${mode}, query "${name}": ${JSON.stringify(result.errors ?? []).slice(0, 600)}`;
          expect(codesOf(result), context).not.toContain('INTERNAL_SERVER_ERROR');
          if (result.data === null || result.data === undefined) {
            const rootFailed = (result.errors ?? []).some((e) => e.path?.length === 1 && NON_NULL_ROOTS.has(String(e.path[0])));
            expect(rootFailed, `data is null though no non-null root field failed; ${context}`).toBe(true);
          }
          expect(double().requests.length, context).toBeLessThanOrEqual(MAX_CALLS_PER_REQUEST);
          expect(violationsOf(double()), context).toEqual([]);
        }
        // The untidy answers did reach the decoder: these runs test what they claim to.
        expect(dropped.length).toBeGreaterThan(droppedBefore);
      });
    }
  });
}
