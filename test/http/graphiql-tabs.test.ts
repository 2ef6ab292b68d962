import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphiqlOptions } from '../../src/http/graphiql.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { bearer, tokenOf } from '../helpers/users.js';

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
      // The signed-in tab runs as GraphiQL's demo sign-in leaves it: with a demo user's token.
      const operations = parse(tab.query!).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      const signedIn = operations.some((op) => op.selectionSet.selections.some((field) => field.kind === Kind.FIELD && field.name.value === 'me'));
      const headers = { 'content-type': 'application/json', ...(signedIn ? bearer(tokenOf(h, 'minji')) : {}) };
      // A tab of several operations (a query and a mutation) runs each, by name, as GraphiQL's run button does.
      for (const operation of operations) {
        const response = await h.gateway.yoga.fetch('http://gateway.test/graphql', {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: tab.query, variables: tab.variables ? JSON.parse(tab.variables) : undefined, operationName: operation.name?.value }),
        });
        const result = (await response.json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string }; path?: string[] }[] };
        const root = Object.values(result.data ?? {})[0];
        expect(root, tab.query ?? undefined).not.toBeNull();
        const unexpected = (result.errors ?? []).filter((e) => !(mode === 'development' && e.extensions?.code === 'FORBIDDEN' && e.path?.join('.') === 'playlist.items'));
        expect(unexpected, tab.query ?? undefined).toEqual([]);
      }
    }
  });
});
