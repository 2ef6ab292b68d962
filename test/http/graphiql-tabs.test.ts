import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphiqlOptions } from '../../src/http/graphiql.js';
import { startHarness, type Harness } from '../helpers/harness.js';

// GraphiQL's example tabs name ids of the demo catalog: each must answer there, in both modes.
describe.each(['development', 'extended'] as const)("GraphiQL's example tabs in %s mode", (mode) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ emulator: { mode } });
  });
  afterAll(() => h.close());

  const tabs = graphiqlOptions.defaultTabs ?? [];

  it('cover every kind of the catalog and a pasted link', () => {
    const roots = tabs.map((tab) => /\{\s*(\w+)/.exec(tab.query!.replace(/^#.*$/gm, '').replace(/query \w+(\([^)]*\))?/, ''))?.[1]);
    expect(roots).toEqual(expect.arrayContaining(['search', 'playlist', 'show', 'episode', 'audiobook', 'chapter', 'lookup']));
  });

  it('each answers with data (a playlist\'s items refused only where Spotify refuses them)', async () => {
    for (const tab of tabs) {
      const result = await h.gql(tab.query!, tab.variables ? JSON.parse(tab.variables) : undefined);
      const root = Object.values(result.data ?? {})[0];
      expect(root, tab.query ?? undefined).not.toBeNull();
      const unexpected = (result.errors ?? []).filter((e) => !(mode === 'development' && e.extensions?.code === 'FORBIDDEN' && e.path?.join('.') === 'playlist.items'));
      expect(unexpected, tab.query ?? undefined).toEqual([]);
    }
  });
});
