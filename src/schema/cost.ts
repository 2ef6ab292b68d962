import type { GraphQLField } from 'graphql';

// What a field costs is declared where the field is declared, as a field extension read by the
// query-cost limit: a field that fetches a list multiplies the cost of everything below it.

/** `page`: once per item of the page asked (`first`/`last`); `ids`: once per id asked. */
export type CostMultiplier = 'page' | 'ids';

const COST_EXTENSION = 'costMultiplier';

/** Field extensions of a connection: what is selected below it is fetched once per item. */
export const perPageItem = { [COST_EXTENSION]: 'page' } as const satisfies Record<string, CostMultiplier>;

/** Field extensions of a lookup by a list of ids or links (its one list argument): what is selected below it is fetched once per item asked. */
export const perIdAsked = { [COST_EXTENSION]: 'ids' } as const satisfies Record<string, CostMultiplier>;

export function costMultiplierOf(field: GraphQLField<unknown, unknown>): CostMultiplier | undefined {
  return (field.extensions as Record<string, CostMultiplier | undefined>)[COST_EXTENSION];
}
