import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import type { GatewayContext } from '../context.js';
import { withRelayDescriptions } from './descriptions.js';

export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  Connection: { totalCount: number };
  DefaultFieldNullability: false;
}>({
  // Fields are non-null unless they say otherwise: Spotify always sends these.
  defaultFieldNullability: false,
  // Federation last: it reads what the others define (entities for a federation subgraph).
  plugins: [RelayPlugin, DirectivesPlugin, FederationPlugin],
  // Every generated connection piece gets its documentation from descriptions.ts.
  relay: withRelayDescriptions({
    // Edges and nodes are never null, so typed clients need no null checks.
    edgesFieldOptions: { nullable: { list: false, items: false } },
    nodeFieldOptions: { nullable: false },
    // Ids are Spotify's own; there is no global Node lookup.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    cursorType: 'String',
  }),
});

/** The builder's schema types, for helpers generic over object references. */
export type GatewaySchemaTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
