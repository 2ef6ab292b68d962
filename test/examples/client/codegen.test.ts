import { generate } from '@graphql-codegen/cli';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../../codegen.js';
import { execute } from '../../../examples/client/execute.js';
import { AlbumWithTracksDocument, type AlbumWithTracksQuery } from '../../../examples/client/generated/graphql.js';
import { searchArtistPages } from '../../../examples/client/search-pager.js';
import { startHarness, type Harness } from '../../helpers/harness.js';
import { repoRoot } from '../../helpers/processes.js';

describe('generated client', () => {
  it('is up to date with the schema and operations (run `npm run codegen`)', async () => {
    const files = await generate({ ...config, cwd: repoRoot, silent: true }, false);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(readFileSync(new URL(file.filename, `file://${repoRoot}`), 'utf8'), file.filename).toBe(file.content);
    }
  });
});

describe('typed operations against a listening gateway', () => {
  let h: Harness;
  let server: Server;
  let endpoint: string;
  beforeAll(async () => {
    h = await startHarness();
    server = createServer(h.gateway.yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await h.close();
  });

  it('runs a generated operation with typed variables and result', async () => {
    const result = await execute(endpoint, AlbumWithTracksDocument, { id: h.emulator.catalog.fixtures.bigAlbumId, first: 5 });
    expect(result.errors).toBeUndefined();
    // Typed access: this line would not compile if the generated types were wrong.
    const album: NonNullable<AlbumWithTracksQuery['album']> = result.data!.album!;
    expect(album.tracks?.edges).toHaveLength(5);
    expect(album.totalTracks).toBe(40);
    expect(album.tracks?.edges[0].node.artists[0].name.length).toBeGreaterThan(0);
  });

  it('pages through search results with cursors', async () => {
    const term = h.emulator.catalog.fixtures.bigSearchTerm;
    const seen: string[] = [];
    let pages = 0;
    for await (const page of searchArtistPages(endpoint, term, { pageSize: 25, maxPages: 3 })) {
      pages += 1;
      seen.push(...page.map((artist) => artist.id));
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(75);
    expect(new Set(seen).size).toBe(75);
  });
});
