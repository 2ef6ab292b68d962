// What `npm run spec:generate` derives from Spotify's OpenAPI description: the TypeScript
// types (src/spotify/upstream/spec/openapi.ts) and the JSON schemas the decoder compiles
// (src/spotify/upstream/spec/schemas.json). Both come from one adjusted view of the spec, so the types
// say what a decoded answer holds.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { endpoints } from '../../src/spotify/upstream/spec/decoded-endpoints.js';

/** CI lays shared/ beside the repository; SPOTIFY_OPENAPI_FILE points elsewhere. */
const specFile = process.env.SPOTIFY_OPENAPI_FILE ?? fileURLToPath(new URL('../../../shared/spotify/openapi.yml', import.meta.url));
export const typesFile = fileURLToPath(new URL('../../src/spotify/upstream/spec/openapi.ts', import.meta.url));
export const schemasFile = fileURLToPath(new URL('../../src/spotify/upstream/spec/schemas.json', import.meta.url));

type Json = any;

export function loadSpec(): Json {
  return parse(readFileSync(specFile, 'utf8'));
}

/**
 * Properties the spec leaves optional but the GraphQL schema serves as non-null and the
 * gateway cannot make up (a playlist's uri follows from its id, so it is not here): an item
 * without them cannot be shown, so the decoder drops it.
 */
const NEEDED: Record<string, string[]> = {
  SimplifiedArtistObject: ['id', 'name', 'uri'],
  ArtistObject: ['id', 'name', 'uri'],
  SimplifiedTrackObject: ['id', 'name', 'uri', 'duration_ms', 'explicit', 'artists'],
  TrackObject: ['id', 'name', 'uri', 'duration_ms', 'explicit', 'artists', 'album'],
  SimplifiedPlaylistObject: ['id', 'name', 'owner', 'snapshot_id'],
  PlaylistObject: ['id', 'name', 'owner', 'snapshot_id'],
  // A playlist's owner and who added an item: the PlaylistUser's id.
  PlaylistUserObject: ['id'],
  CopyrightObject: ['text', 'type'],
  // The signed-in user's id (their uri follows from it); a play's time, its cursor.
  PrivateUserObject: ['id'],
  PlayHistoryObject: ['played_at'],
  // A play's context without them is no context: the decoder cuts it and it reads as null.
  ContextObject: ['type', 'uri'],
};

/**
 * Catalog objects of every kind the gateway serves: their `id` goes into request paths and
 * links, so it must be a Spotify id (base62); an item with another is dropped like any invalid
 * item. The one id check of answers, for every kind.
 */
const CATALOG_IDS = [
  'SimplifiedArtistObject',
  'ArtistObject',
  'SimplifiedTrackObject',
  'TrackObject',
  'AlbumBase',
  'SimplifiedPlaylistObject',
  'PlaylistObject',
  'ShowBase',
  'EpisodeBase',
  'AudiobookBase',
  'ChapterBase',
];
const SPOTIFY_ID_PATTERN = '^[0-9A-Za-z]{22}$';

const refName = (ref: string) => ref.replace('#/components/schemas/', '');

/** Names of the properties marked deprecated in `node`, its allOf parts and what they reference. */
function deprecatedIn(node: Json, schemas: Json, seen = new Set<Json>()): Set<string> {
  const names = new Set<string>();
  if (!node || typeof node !== 'object' || seen.has(node)) return names;
  seen.add(node);
  if (node.$ref) return deprecatedIn(schemas[refName(node.$ref)], schemas, seen);
  for (const [name, property] of Object.entries<Json>(node.properties ?? {})) if (property?.deprecated) names.add(name);
  for (const part of node.allOf ?? []) for (const name of deprecatedIn(part, schemas, seen)) names.add(name);
  return names;
}

/** Every schema object inside `node` (properties, items, compositions), `node` first. */
function* schemaNodes(node: Json): Generator<Json> {
  if (!node || typeof node !== 'object') return;
  yield node;
  for (const property of Object.values<Json>(node.properties ?? {})) yield* schemaNodes(property);
  if (node.items) yield* schemaNodes(node.items);
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) for (const part of node[key] ?? []) yield* schemaNodes(part);
}

/**
 * The spec as the gateway reads it: fields marked `deprecated` are optional (Development
 * Mode apps no longer receive them), the fields the gateway cannot do without are required,
 * catalog ids must look like ids, what the spec says may be null is nullable, and
 * discriminators without a mapping go.
 */
export function gatewayView(spec: Json): Json {
  const view = structuredClone(spec);
  const schemas = view.components.schemas;
  for (const schema of Object.values<Json>(schemas)) {
    for (const node of schemaNodes(schema)) {
      // Without a mapping a discriminator means "the value is the schema's name", which
      // Spotify's `type` values ("track", "episode") are not; oneOf alone says it right.
      if (node.discriminator && !node.discriminator.mapping) delete node.discriminator;
      if (!Array.isArray(node.required)) continue;
      const deprecated = deprecatedIn(node, schemas);
      node.required = node.required.filter((name: string) => !deprecated.has(name));
      if (node.required.length === 0) delete node.required;
    }
  }
  for (const schema of Object.values<Json>(schemas)) for (const node of schemaNodes(schema)) requireAcrossAllOf(node, schemas);
  for (const [name, needed] of Object.entries(NEEDED)) {
    schemas[name].required = [...new Set([...(schemas[name].required ?? []), ...needed])];
  }
  for (const name of CATALOG_IDS) schemas[name].properties.id.pattern = SPOTIFY_ID_PATTERN;
  // Where the spec's own words say a property may be null ("otherwise `null`": a playlist's
  // description), its type says so too, so an answer as the spec describes it passes whole.
  for (const schema of Object.values<Json>(schemas)) {
    for (const node of schemaNodes(schema)) {
      for (const property of Object.values<Json>(node.properties ?? {})) {
        if (property?.type && /otherwise_? `null`/.test(property.description ?? '')) property.nullable = true;
      }
    }
  }
  // Several-items answers hold null where Spotify knows no item for an id asked; the spec
  // does not say so.
  // does not say so. Their responses are shared with other endpoints (top tracks), so each
  // gets its own copy.
  for (const path of Object.keys(view.paths)) {
    // An answer that is itself a list (Check User's Saved Items) answers the URIs asked by
    // position: null in the place of an item Spotify could not judge.
    const ok = view.paths[path].get?.responses['200'];
    if (ok && resolved(view, ok, 'responses').content?.['application/json']?.schema?.type === 'array') {
      const response = structuredClone(resolved(view, ok, 'responses'));
      view.paths[path].get.responses['200'] = response;
      const list = response.content['application/json'].schema;
      list.items = { ...list.items, nullable: true };
      continue;
    }
    if (!positionalList(view, path)) continue;
    const response = structuredClone(resolved(view, view.paths[path].get.responses['200'], 'responses'));
    view.paths[path].get.responses['200'] = response;
    const list = positionalList(view, path)!;
    list.items = { type: 'object', allOf: [list.items], nullable: true };
  }
  return view;
}

/** Names in `required` of `node` and of the allOf parts it reaches through refs. */
function requiredIn(node: Json, schemas: Json, seen = new Set<Json>()): Set<string> {
  const names = new Set<string>();
  if (!node || typeof node !== 'object' || seen.has(node)) return names;
  seen.add(node);
  if (node.$ref) return requiredIn(schemas[refName(node.$ref)], schemas, seen);
  for (const name of node.required ?? []) names.add(name);
  for (const part of node.allOf ?? []) for (const name of requiredIn(part, schemas, seen)) names.add(name);
  return names;
}

/**
 * A property required by one allOf part (PagingObject's `items`) but described by another
 * becomes required in the part that describes it too, so the generated types say so.
 */
function requireAcrossAllOf(node: Json, schemas: Json): void {
  if (!Array.isArray(node.allOf)) return;
  const required = requiredIn(node, schemas);
  for (const part of node.allOf) {
    if (part.$ref || !part.properties) continue;
    const names = Object.keys(part.properties).filter((name) => required.has(name));
    if (names.length > 0) part.required = [...new Set([...(part.required ?? []), ...names])];
  }
}

export async function renderTypes(view: Json): Promise<string> {
  const nodes = await openapiTS(structuredClone(view), { alphabetize: true });
  return [
    '// Generated by `npm run spec:generate` from Spotify\'s OpenAPI description',
    `// (${view.info.version}); do not edit. Deprecated fields are optional, see scripts/spec/extract.ts.`,
    '',
    astToString(nodes),
  ].join('\n');
}

/** Keywords ajv validates; descriptions, examples and vendor extensions stay behind. */
const KEPT = new Set(['type', 'properties', 'required', 'items', 'allOf', 'oneOf', 'anyOf', 'enum', 'nullable', 'minimum', 'maximum', 'pattern', 'additionalProperties', 'deprecated']);

/** The extract's schemas refer to each other inside one document of this id (decode.ts adds it). */
const SCHEMAS_ID = 'spotify-web-api';

function strip(node: Json, refs: Set<string>): Json {
  if (Array.isArray(node)) return node.map((part) => strip(part, refs));
  if (node.$ref) {
    refs.add(refName(node.$ref));
    return { $ref: `${SCHEMAS_ID}#/definitions/${refName(node.$ref)}` };
  }
  const out: Json = {};
  for (const [key, value] of Object.entries<Json>(node)) {
    if (!KEPT.has(key)) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries<Json>(value).map(([name, property]) => [name, strip(property, refs)]));
    } else if (key === 'items' || key === 'allOf' || key === 'oneOf' || key === 'anyOf' || (key === 'additionalProperties' && typeof value === 'object')) {
      out[key] = strip(value, refs);
    } else {
      out[key] = value;
    }
  }
  return out;
}

function resolved(spec: Json, node: Json, section: 'responses' | 'parameters'): Json {
  return node.$ref ? spec.components[section][node.$ref.split('/').pop()] : node;
}

/** The operation of `route`: a path (its GET) or "POST /path" (a write). */
function operationOf(spec: Json, route: string): { method: string; path: string; operation: Json } {
  const [method, path] = route.includes(' ') ? route.split(' ') : ['GET', route];
  const operation = spec.paths[path]?.[method.toLowerCase()];
  if (!operation) throw new Error(`The spec has no ${method} ${path}`);
  return { method, path, operation };
}

/** The JSON schema of the success answer of `route` (a GET's path, or "POST /path" for a write). */
export function responseSchema(spec: Json, route: string): Json {
  const { operation } = operationOf(spec, route);
  const status = ['200', '201'].find((code) => operation.responses[code]);
  const schema = status && resolved(spec, operation.responses[status], 'responses').content?.['application/json']?.schema;
  if (!schema) throw new Error(`The spec gives ${route} no JSON answer to decode`);
  return schema;
}

/** The list of a GET that takes `ids`, whose positions answer them; none for other GETs. */
function positionalList(spec: Json, route: string): Json | undefined {
  const operation = route.includes(' ') ? undefined : spec.paths[route]?.get;
  const takesIds = (operation?.parameters ?? []).some((p: Json) => resolved(spec, p, 'parameters').name === 'ids');
  if (!takesIds) return undefined;
  const properties = responseSchema(spec, route).properties ?? {};
  return Object.values<Json>(properties).find((property) => property.type === 'array');
}

/**
 * The decoder's schemas: per endpoint its response schema, and for the several-items
 * endpoints the list whose positions answer the ids asked (kept, with null for an unusable
 * item; "" when the answer is that list); then every component schema they reach.
 */
export function renderSchemas(view: Json, names: Record<string, string> = endpoints): string {
  const refs = new Set<string>();
  const out: Json = { version: view.info.version, endpoints: {}, definitions: {} };
  for (const [name, path] of Object.entries(names)) {
    const schema = responseSchema(view, path);
    const list = positionalList(view, path);
    // "" names an answer that is itself the positional list.
    const positional = schema.type === 'array' ? '' : list && Object.keys(schema.properties).find((key) => schema.properties[key] === list);
    out.endpoints[name] = { response: strip(schema, refs), ...(positional !== undefined ? { positional } : {}) };
  }
  const done = new Set<string>();
  const definitions: Record<string, Json> = {};
  for (let pending = [...refs]; pending.length > 0; pending = [...refs].filter((name) => !done.has(name))) {
    for (const name of pending) {
      done.add(name);
      definitions[name] = strip(view.components.schemas[name], refs);
    }
  }
  for (const name of [...done].sort()) out.definitions[name] = definitions[name];
  return `${JSON.stringify(out, null, 2)}\n`;
}
