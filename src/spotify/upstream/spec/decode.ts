import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { SpotifyBadResponseError } from '../errors.js';
import type { Endpoint, endpoints } from './decoded-endpoints.js';
import type { paths } from './openapi.js';
import extract from './schemas.json' with { type: 'json' };

// Spotify's answers are checked against the response schemas of its OpenAPI description at
// the boundary, so one bad item costs that item, never the whole answer. An answer that
// validates (nearly all) costs one compiled check; only an invalid one is repaired:
//  - an item of a list (at any depth) that is null or invalid is removed, except in the list
//    of a several-items answer, where it becomes null so positions still match the ids asked;
//  - an optional property whose value is invalid is removed (resolvers read it as absent);
//  - an object missing a required property, or with one that is invalid, is itself invalid,
//    so the nearest list item or optional property holding it goes;
//  - when that reaches the answer itself, the answer is unusable and decode throws.
// Unknown properties are ignored; `total` and the other paging fields stay as Spotify sent them.

/** The operation of a route of decoded-endpoints.ts: a path's GET, or "POST /path". */
type OperationOf<R> = R extends `${infer M extends 'POST' | 'PUT' | 'DELETE'} ${infer P extends keyof paths}`
  ? paths[P][Lowercase<M>]
  : R extends keyof paths
    ? paths[R]['get']
    : never;
/** The success answer among an operation's responses (200, else 201). */
type SuccessOf<O> = O extends { responses: { 200: infer A } } ? A : O extends { responses: { 201: infer A } } ? A : never;

/** What Spotify sends for an endpoint, once decoded (types generated from the spec). */
export type Decoded<E extends Endpoint> = SuccessOf<OperationOf<(typeof endpoints)[E]>> extends { content: { 'application/json': infer B } } ? B : never;

/** One part of an answer the decoder removed (or, with `path` "", the whole answer). */
export interface Dropped {
  endpoint: Endpoint;
  /** Position in the first list on the way to what was removed, when there is a list. */
  index?: number;
  /** JSON pointer of what was removed inside the answer. */
  path: string;
  /** Why, in words drawn from the schema only (never from the payload): fit for a metric label. */
  reason: string;
}

type OnDropped = (dropped: Dropped) => void;

type Json = any;
type Segment = string | number;

/** What schemas.json holds (scripts/spec/extract.ts writes it). */
export interface SchemaExtract {
  endpoints: Record<string, { response: Json; positional?: string }>;
  definitions: Record<string, Json>;
}
/** The document id the extract's `$ref`s point into (scripts/spec/extract.ts writes them so). */
const SCHEMAS_ID = 'spotify-web-api';
const REF_PREFIX = `${SCHEMAS_ID}#/definitions/`;

/** A schema node with its `$ref` followed and its `allOf` parts laid flat beside it. */
function flatten(definitions: Record<string, Json>, node: Json, out: Json[] = []): Json[] {
  if (!node || typeof node !== 'object') return out;
  if (node.$ref) return flatten(definitions, definitions[node.$ref.slice(REF_PREFIX.length)], out);
  out.push(node);
  for (const part of node.allOf ?? []) flatten(definitions, part, out);
  return out;
}

/**
 * The schema parts at each depth of `path` under `root`. A part list is empty where the schema
 * is unknown (inside oneOf/anyOf): there every property counts as required.
 */
function schemasAlong(definitions: Record<string, Json>, root: Json, path: Segment[], values: Json[]): Json[][] {
  const along: Json[][] = [flatten(definitions, root)];
  for (let depth = 0; depth < path.length; depth++) {
    const parts = along[depth];
    const next: Json[] = [];
    if (!parts.some((part) => part.oneOf || part.anyOf)) {
      for (const part of parts) {
        const child = Array.isArray(values[depth]) ? part.items : part.properties?.[path[depth]];
        flatten(definitions, child, next);
      }
    }
    along.push(next);
  }
  return along;
}

function pointerOf(path: Segment[]): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function segmentsOf(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function reasonOf(error: ErrorObject, value: unknown, path: Segment[]): string {
  if (value === null) return 'null';
  if (error.keyword === 'required') return `missing ${(error.params as { missingProperty: string }).missingProperty}`;
  const name = [...path].reverse().find((segment) => typeof segment === 'string') ?? 'item';
  return `${name} ${error.message}`;
}

interface Removal {
  path: Segment[];
  reason: string;
}

/**
 * Where to cut for one error: the deepest list item or optional property on the way from the
 * answer to the error's place; an empty path when there is none (the answer is unusable).
 */
function removalFor(error: ErrorObject, body: Json, unit: Unit): Removal {
  const segments = segmentsOf(error.instancePath);
  const values: Json[] = [body];
  const path: Segment[] = [];
  for (const segment of segments) {
    const parent = values.at(-1);
    const key = Array.isArray(parent) ? Number(segment) : segment;
    path.push(key);
    values.push(parent?.[key]);
  }
  const reason = reasonOf(error, values.at(-1), path);
  const along = schemasAlong(unit.definitions, unit.schema, path, values);
  for (let depth = path.length; depth > 0; depth--) {
    const parent = values[depth - 1];
    const parts = along[depth - 1];
    const optional = parts.length > 0 && !parts.some((part) => part.required?.includes(path[depth - 1]));
    if (Array.isArray(parent) || optional) return { path: path.slice(0, depth), reason };
  }
  return { path: [], reason };
}

const isPrefix = (a: Segment[], b: Segment[]) => a.length < b.length && a.every((segment, i) => segment === b[i]);

function compare(a: Segment[], b: Segment[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    return typeof a[i] === 'number' && typeof b[i] === 'number' ? (a[i] as number) - (b[i] as number) : String(a[i]) < String(b[i]) ? -1 : 1;
  }
  return a.length - b.length;
}

interface Unit {
  validate: ValidateFunction;
  schema: Json;
  definitions: Record<string, Json>;
}

/** Thrown inside the decoder when what it checks has nothing left to cut. */
class Unusable extends Error {}

/** Per endpoint: its answer's unit, or for a several-items answer its list's name and the item's. */
type Units = Map<string, { unit: Unit; positional?: string }>;
const compiledOnce = new WeakMap<SchemaExtract, Units>();

/** The response schemas of every endpoint, compiled once per process (a few hundred ms). */
function compiled(schemas: SchemaExtract): Units {
  const known = compiledOnce.get(schemas);
  if (known) return known;
  const ajv = new Ajv({ allErrors: true, strictTypes: false, logger: false });
  ajv.addSchema({ $id: SCHEMAS_ID, definitions: schemas.definitions });
  const unit = (schema: Json): Unit => ({ validate: ajv.compile(schema), schema, definitions: schemas.definitions });
  const units: Units = new Map();
  for (const [endpoint, { response, positional }] of Object.entries(schemas.endpoints)) {
    const schema = positional === undefined ? response : positional === '' ? response.items : response.properties[positional].items;
    units.set(endpoint, { unit: unit(schema), positional });
  }
  compiledOnce.set(schemas, units);
  return units;
}

/**
 * A decoder of Spotify's answers; `onDropped` hears of every cut. A several-items answer (and
 * an answer that is a positional list itself) is checked item by item: an unusable item
 * becomes null in its place, so positions still match what was asked.
 */
export function createDecoder(onDropped: OnDropped = () => {}, schemas: SchemaExtract = extract) {
  const units = compiled(schemas);

  const report = (endpoint: Endpoint, path: Segment[], reason: string) =>
    onDropped({ endpoint, index: path.find((s): s is number => typeof s === 'number'), path: pointerOf(path), reason });

  /** `body` made valid for `unit` by cutting; `at` is where it sits in the answer. */
  function settle(endpoint: Endpoint, unit: Unit, body: Json, at: Segment[]): void {
    const { validate } = unit;
    let valid = validate(body);
    // Each round cuts at least one node, so a few rounds settle any answer.
    for (let round = 0; !valid && round < 4; round++) {
      const removals: Removal[] = [];
      for (const error of validate.errors ?? []) {
        const removal = removalFor(error, body, unit);
        if (removal.path.length === 0) {
          report(endpoint, at, removal.reason);
          throw new Unusable(removal.reason);
        }
        removals.push(removal);
      }
      removals.sort((a, b) => compare(a.path, b.path));
      const kept = removals.filter((r, i) => !removals.some((o, j) => (j < i && compare(o.path, r.path) === 0) || isPrefix(o.path, r.path)));
      // From the last to the first, so cutting a list item never moves one still to cut.
      for (const removal of kept.reverse()) {
        report(endpoint, [...at, ...removal.path], removal.reason);
        cut(body, removal.path);
      }
      valid = validate(body);
    }
    if (!valid) {
      report(endpoint, at, 'still invalid after repair');
      throw new Unusable('still invalid after repair');
    }
  }

  return {
    /**
     * Spotify's answer to `endpoint`, with what the spec does not allow cut away. Throws a
     * SpotifyBadResponseError (UPSTREAM_BAD_RESPONSE) when the answer itself is unusable.
     */
    decode<E extends Endpoint>(endpoint: E, body: unknown): Decoded<E> {
      const known = units.get(endpoint);
      // Never pass an answer on unchecked: a name without a schema is stale generated files.
      if (!known) throw new Error(`No response schema for endpoint "${endpoint}": run npm run spec:generate`);
      const { unit, positional } = known;
      try {
        if (positional === undefined) {
          settle(endpoint, unit, body, []);
          return body as Decoded<E>;
        }
        const list = positional === '' ? body : (body as Record<string, unknown> | null)?.[positional];
        if (!Array.isArray(list)) {
          report(endpoint, [], `${positional || 'answer'} must be array`);
          throw new Unusable(`${positional || 'answer'} must be array`);
        }
        list.forEach((value, i) => {
          if (value === null) return;
          try {
            settle(endpoint, unit, value, positional === '' ? [i] : [positional, i]);
          } catch (error) {
            if (!(error instanceof Unusable)) throw error;
            list[i] = null;
          }
        });
        return body as Decoded<E>;
      } catch (error) {
        if (error instanceof Unusable) throw new SpotifyBadResponseError(`Spotify's answer to ${endpoint} is unusable: ${error.message}`);
        throw error;
      }
    },
  };
}

/** Removes the node at `path` (never empty) from `body`: a list item or a property. */
function cut(body: Json, path: Segment[]): void {
  let parent = body;
  for (const segment of path.slice(0, -1)) parent = parent[segment];
  const last = path.at(-1)!;
  if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
}

export type Decoder = ReturnType<typeof createDecoder>;
