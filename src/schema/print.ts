import { lexicographicSortSchema, printSchema } from 'graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { schema, subgraphSchema } from './index.js';

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** The subgraph SDL with its federation directives, as a composition tool reads it. */
export function printSubgraphSdl(): string {
  return `${printSubgraphSchema(lexicographicSortSchema(subgraphSchema())).trim()}\n`;
}
