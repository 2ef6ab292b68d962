import { isObjectType, isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../../src/schema/index.js';
import { kindSchemas } from '../../../src/schema/catalog-kinds.js';
import { capabilitiesFor } from '../../../src/spotify/catalog/capabilities.js';
import { catalogKindNames, catalogKinds, kindsLinkedAs, linkKinds, searchTypes } from '../../../src/spotify/catalog/kinds.js';
import { parseSpotifyLink } from '../../../src/spotify/catalog/links.js';
import { endpoints } from '../../../src/spotify/upstream/spec/decoded-endpoints.js';

// The table of kinds is the one place a catalog kind is declared; TypeScript holds its rows to
// the decoder and to the schema's rows. These checks catch what types cannot: a kind whose
// endpoints, links, union membership or search field the rest of the gateway does not see.

const ID = '4Z8W4fKeB5YxbusRsdQVPb';

describe('the table of catalog kinds', () => {
  it.each(catalogKindNames)('%s: its endpoints are ones the decoder knows, at the paths the row says', (kind) => {
    const row = catalogKinds[kind];
    expect(endpoints[row.single]).toBe(`${row.path}/${row.single === 'playlist' ? '{playlist_id}' : '{id}'}`);
    if (row.several) expect(endpoints[row.several.endpoint]).toBe(row.path);
  });

  it.each(catalogKindNames)('%s: its GraphQL type is a member of CatalogItem, with a model of its own', (kind) => {
    const union = schema.getType('CatalogItem');
    expect(isUnionType(union)).toBe(true);
    const members = isUnionType(union) ? union.getTypes().map((type) => type.name) : [];
    const { ref } = kindSchemas[kind];
    expect(members).toContain(ref.name);
    expect(isObjectType(schema.getType(ref.name))).toBe(true);
  });

  it('CatalogItem has one member per kind and no other', () => {
    const union = schema.getType('CatalogItem');
    const members = isUnionType(union) ? union.getTypes().map((type) => type.name).sort() : [];
    expect(members).toEqual(catalogKindNames.map((kind) => kindSchemas[kind].ref.name).sort());
  });

  it.each(linkKinds)('a "%s" link and URI parse, and are tried as the kinds that name them', (name) => {
    expect(parseSpotifyLink(`spotify:${name}:${ID}`)).toEqual({ kind: name, id: ID });
    expect(parseSpotifyLink(`https://open.spotify.com/${name}/${ID}`)).toEqual({ kind: name, id: ID });
    expect(kindsLinkedAs(name).length).toBeGreaterThan(0);
  });

  it('a show link is tried as a show first, then as an audiobook; an episode link as an episode, then a chapter', () => {
    expect(kindsLinkedAs('show')).toEqual(['show', 'audiobook']);
    expect(kindsLinkedAs('episode')).toEqual(['episode', 'chapter']);
  });

  it.each(searchTypes)('%s: search has a connection for it', (kind) => {
    const results = schema.getType('SearchResults');
    const fields = isObjectType(results) ? results.getFields() : {};
    expect(fields[`${kind}s`]?.type.toString()).toBe(`${kindSchemas[kind].ref.name}SearchConnection`);
  });

  it('search has no connection for a kind the table does not make searchable', () => {
    const results = schema.getType('SearchResults');
    const fields = isObjectType(results) ? Object.keys(results.getFields()).sort() : [];
    expect(fields).toEqual(searchTypes.map((kind) => `${kind}s`).sort());
  });

  it('Extended Quota Mode batches every kind with a several-items endpoint at its row\'s size; Development Mode batches none', () => {
    const extended = capabilitiesFor('extended').several;
    for (const kind of catalogKindNames) expect(extended?.[kind]).toBe(catalogKinds[kind].several?.batch);
    expect(capabilitiesFor('development').several).toBeNull();
  });
});
