import { describe, expect, it } from 'vitest';
import { generateCatalog, getCatalog } from '../src/catalog.js';
import { SearchIndex } from '../src/search-index.js';

describe('catalog', () => {
  const catalog = getCatalog();

  it('is deterministic', () => {
    const again = generateCatalog();
    expect(again.fixtures).toEqual(catalog.fixtures);
    expect(again.tracks.map((t) => t.id + t.name)).toEqual(catalog.tracks.map((t) => t.id + t.name));
  });

  it('differs with another seed', () => {
    expect(generateCatalog(7).fixtures.btsId).not.toBe(catalog.fixtures.btsId);
  });

  it('has the advertised size and well-formed, unique ids', () => {
    expect(catalog.artists).toHaveLength(400);
    expect(catalog.albums).toHaveLength(1200);
    expect(catalog.tracks.length).toBeGreaterThan(10_000);
    const ids = [...catalog.artists, ...catalog.albums, ...catalog.tracks].map((x) => x.id);
    expect(ids.every((id) => /^[0-9A-Za-z]{22}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has unknown ids that are valid base62 and name nothing', () => {
    for (const id of catalog.fixtures.unknownIds) {
      expect(id).toMatch(/^[0-9A-Za-z]{22}$/);
      expect(catalog.artistIndex.has(id) || catalog.albumIndex.has(id) || catalog.trackIndex.has(id)).toBe(false);
    }
  });

  it('gives BTS a discography longer than two pages of 10 and one of 20', () => {
    const bts = catalog.artistIndex.get(catalog.fixtures.btsId)!;
    expect(catalog.discography[bts].length).toBeGreaterThan(25);
  });

  it('has a big search term matching > 1100 tracks and > 60 artists and albums', () => {
    const index = new SearchIndex(catalog);
    const term = catalog.fixtures.bigSearchTerm;
    expect(index.search('track', term).length).toBeGreaterThan(1100);
    expect(index.search('artist', term).length).toBeGreaterThan(60);
    expect(index.search('album', term).length).toBeGreaterThan(60);
  });
});
