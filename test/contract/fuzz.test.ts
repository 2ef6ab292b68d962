// A bounded, seeded fuzz: queries and mutations generated from the GraphQL schema (random root
// fields, arguments mostly valid and sometimes refused, random selections three levels deep),
// sent as nobody or as one of two users, against the Spotify double that answers from the
// OpenAPI description (untidy answers, now and then a 503, and writes answered 2xx with an
// empty body, a body that is not JSON or one the spec's shape does not hold). For every query:
// no INTERNAL_SERVER_ERROR; `data` never null (every root field is nullable); every request the
// gateway sent valid against the spec; no write sent again after a 2xx; no answer crossing
// users (each call carries the caller's own token or the app's, and `me.id` is the caller's).
// FUZZ_SEED=<n> reruns from another seed; FUZZ_QUERIES=<n> sets how many per mode.
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { chance, hashSeed, int, mulberry32, pick, type Rng } from 'spotify-emulator';
import { schema } from '../../src/schema/index.js';
import { codesOf, contract, violationsOf } from './contract-harness.js';
import { userIdOf } from './payloads.js';
import { APP_TOKEN } from './spotify-double.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_207);
const QUERIES = Number(process.env.FUZZ_QUERIES ?? 150);
const USERS = ['fuzz-user-a', 'fuzz-user-b'];
const MAX_DEPTH = 3;

const IDS = ['0TnOYISbd1XYRBk9myaseg', '4aawyAB9vmqN3uQ7FjRGTy', '11dFghVXANMlKmJXsNCbNl', '37i9dQZF1DXcBWIGoYBM5M', '6HvZYsbFfjnjFrWF950C9d'];
const KINDS = ['track', 'album', 'artist', 'playlist', 'show', 'episode', 'audiobook'];

/** A value for an argument: mostly one the gateway takes, one time in twelve one it refuses. */
function argumentValue(arg: GraphQLArgument, rng: Rng): string | undefined {
  const refused = chance(rng, 1 / 12);
  const type = getNullableType(arg.type);
  const named = getNamedType(arg.type);
  const list = (value: () => string) => `[${Array.from({ length: int(rng, 1, 3) }, value).join(', ')}]`;
  const id = () => JSON.stringify(refused ? 'not-an-id' : pick(rng, IDS));
  const link = () => JSON.stringify(refused ? 'nowhere' : `spotify:${pick(rng, KINDS)}:${pick(rng, IDS)}`);
  switch (arg.name) {
    case 'id':
    case 'playlistId':
      return id();
    case 'ids':
      return list(id);
    case 'link':
      return link();
    case 'links':
      return list(link);
    case 'market':
      return chance(rng, 0.5) ? undefined : JSON.stringify(refused ? 'usa' : pick(rng, ['US', 'KR', 'GB']));
    case 'first':
      return String(refused ? -1 : int(rng, 0, 4));
    case 'query':
    case 'name':
      return JSON.stringify(refused ? '' : pick(rng, ['bts', 'love', 'a']));
    case 'after':
    case 'before':
    case 'last':
    case 'snapshotId':
      return undefined;
  }
  if (!isNonNullType(arg.type) && chance(rng, 0.6)) return undefined;
  if (isEnumType(named)) {
    const value = pick(rng, named.getValues()).name;
    return isListType(type) ? `[${value}]` : value;
  }
  if (named.name === 'Boolean') return String(chance(rng, 0.5));
  if (named.name === 'Int') return String(int(rng, 0, 3));
  return JSON.stringify('x');
}

function argumentsOf(field: GraphQLField<unknown, unknown>, rng: Rng): string {
  const parts = field.args.flatMap((arg) => {
    const value = argumentValue(arg, rng);
    return value === undefined ? [] : [`${arg.name}: ${value}`];
  });
  return parts.length > 0 ? `(${parts.join(', ')})` : '';
}

/** A random selection on `type`, at least one field, down to MAX_DEPTH. */
function selection(type: GraphQLNamedType, depth: number, rng: Rng): string {
  if (isUnionType(type) || isInterfaceType(type)) {
    const members = isUnionType(type) ? type.getTypes() : schema.getPossibleTypes(type);
    return `{ __typename ${members.map((member) => `... on ${member.name} ${selection(member, depth, rng)}`).join(' ')} }`;
  }
  const fields = Object.values((type as GraphQLObjectType).getFields());
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
  const chosen = fields.filter((f) => (isLeafType(getNamedType(f.type)) ? chance(rng, 0.4) : depth < MAX_DEPTH && chance(rng, 0.25)));
  if (!chosen.some((f) => isLeafType(getNamedType(f.type))) && leaves.length > 0) chosen.push(pick(rng, leaves));
  if (chosen.length === 0) return '{ __typename }';
  return `{ ${chosen.map((f) => field(f, depth + 1, rng)).join(' ')} }`;
}

function field(f: GraphQLField<unknown, unknown>, depth: number, rng: Rng): string {
  const named = getNamedType(f.type);
  return `${f.name}${argumentsOf(f, rng)}${isLeafType(named) ? '' : ` ${selection(named, depth, rng)}`}`;
}

/** One generated operation: a query (four in five) or a mutation of one to three root fields. */
function operation(rng: Rng): { text: string; mutation: boolean; names: string[] } {
  const mutation = chance(rng, 0.2);
  const root = (mutation ? schema.getMutationType() : schema.getQueryType())!;
  const roots = Object.values(root.getFields()).filter((f) => !/^nodes?$/.test(f.name));
  const fields = Array.from({ length: mutation ? 1 : int(rng, 1, 3) }, () => pick(rng, roots));
  const picked = fields.map((f, i) => `f${i}: ${field(f, 1, rng)}`);
  return { text: `${mutation ? 'mutation' : 'query'} { ${picked.join(' ')} }`, mutation, names: fields.map((f) => f.name) };
}

/** Codes that mean the request never ran: then `data` is absent by the spec. */
const NOT_RUN = new Set(['GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX', 'BAD_REQUEST']);

for (const mode of ['development', 'extended'] as const) {
  describe(`the fuzz: generated operations against spec-generated answers (${mode})`, () => {
    // Retries and the catalog cache on, as in production: what a retry or a shared cache could break is in play.
    const { double, gql } = contract(mode, { UPSTREAM_RETRIES: '2', CACHE_TTL_SECONDS: '60' });

    it(`${QUERIES} operations: no internal error, no blanked data, only spec-valid requests, no write twice, no answer crossing users`, async () => {
      const rng = mulberry32(hashSeed(`${SEED}|${mode}`));
      let ran = 0;
      let writes = 0;
      for (let n = 0; n < QUERIES; n++) {
        const seed = SEED + n;
        const { text, mutation, names } = operation(rng);
        const user = chance(rng, 0.7) ? pick(rng, USERS) : undefined;
        double().scenario = {
          seed,
          untidy: chance(rng, 0.5),
          shape: (ask) => {
            const draw = mulberry32(hashSeed(`${seed}|${ask.method} ${ask.url.pathname}${ask.url.search}`));
            if (ask.method !== 'GET') return chance(draw, 0.5) ? { status: pick(draw, [200, 201, 204]), body: pick(draw, ['', '<html>ok</html>', { unexpected: true }, '[]']) } : undefined;
            return chance(draw, 0.03) ? { status: 503, body: { error: { status: 503, message: 'busy' } } } : undefined;
          },
        };
        const result = await gql(text, user);
        const context = `FUZZ_SEED=${SEED} operation ${n} (${mode}, ${user ?? 'no user'}): ${text}\n${JSON.stringify(result.errors ?? []).slice(0, 800)}`;
        const codes = codesOf(result);
        expect(codes, context).not.toContain('INTERNAL_SERVER_ERROR');
        if (!codes.some((code) => NOT_RUN.has(String(code)))) {
          ran += 1;
          expect(result.data, `data is null: ${context}`).toBeTruthy();
        }
        expect(violationsOf(double()), context).toEqual([]);
        const requests = double().requests;
        // No answer crossing users: each call carries the caller's token or the app's, and /me is the caller.
        for (const request of requests) expect([APP_TOKEN, user], `${request.method} ${request.url} carried another token; ${context}`).toContain(request.token);
        const data = (result.data ?? {}) as Record<string, { id?: string } | null>;
        names.forEach((name, i) => {
          const id = data[`f${i}`]?.id;
          if (name === 'me' && user && id !== undefined) expect(id, context).toBe(userIdOf(user));
        });
        // No write sent again after a 2xx.
        const done = new Set<string>();
        for (const request of requests.filter((r) => r.method !== 'GET')) {
          const key = `${request.method} ${request.url} ${request.body ?? ''}`;
          expect(done.has(key), `${key} sent again after a 2xx; ${context}`).toBe(false);
          if (request.status >= 200 && request.status < 300) done.add(key);
          writes += 1;
        }
        if (mutation) expect(requests.filter((r) => r.method !== 'GET').length, context).toBeLessThanOrEqual(1);
      }
      // The run exercised what it claims to: most operations ran, and writes reached the double.
      expect(ran).toBeGreaterThan(QUERIES / 2);
      expect(writes).toBeGreaterThan(0);
    });
  });
}
