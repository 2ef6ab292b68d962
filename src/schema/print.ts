import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.js';

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
