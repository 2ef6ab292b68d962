import { getNamedType, isObjectType, type GraphQLField } from 'graphql';
import { schema } from '../../src/schema/index.js';

/**
 * `Type.field` of every leaf that has a value in `full` but not in `reduced` (the same query's
 * answer in Development Mode), found by walking both answers from `parentType`.
 */
export function missingInReduced(full: unknown, reduced: unknown, parentType: string, into: Set<string>): void {
  if (Array.isArray(full)) {
    full.forEach((item, i) => missingInReduced(item, (reduced as unknown[] | undefined)?.[i], parentType, into));
    return;
  }
  if (full === null || typeof full !== 'object') return;
  const type = schema.getType(parentType);
  if (!isObjectType(type)) return;
  for (const [name, value] of Object.entries(full)) {
    const field: GraphQLField<unknown, unknown> = type.getFields()[name];
    const other = (reduced as Record<string, unknown> | null | undefined)?.[name];
    const present = (v: unknown) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);
    if (present(value) && !present(other)) into.add(`${parentType}.${name}`);
    else missingInReduced(value, other, getNamedType(field.type).name, into);
  }
}
