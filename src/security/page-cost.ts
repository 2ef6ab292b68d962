import {
  getArgumentValues,
  getNamedType,
  isCompositeType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  isObjectType,
  isInterfaceType,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE, MAX_PAGE } from '../schema/connection.js';
import { costMultiplierOf } from '../schema/cost.js';

/**
 * Estimated cost of an operation: one per field, with everything below a field declared
 * `perPageItem` (connections) counted once per item of its page (`first`/`last`, 10 by default)
 * and everything below one declared `perIdAsked` (`artists(ids:)`, `lookupMany(links:)`) once per id or link. Page sizes multiply, so nested pages of 50 add up fast —
 * which is the point: they also multiply the calls made to Spotify.
 */
export function operationCost(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  rootType: GraphQLCompositeType,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): { cost: number; readsVariables: boolean } {
  /** Whether a multiplying field's size came from a variable: then the cost holds for these variables only. */
  let readsVariables = false;
  // A fragment costs the same wherever it is spread, so each is counted once: fragments that
  // spread others many times over would otherwise make this count take exponential time.
  const fragmentCosts = new Map<string, number>();
  const fragmentCost = (fragment: FragmentDefinitionNode): number => {
    const known = fragmentCosts.get(fragment.name.value);
    if (known !== undefined) return known;
    // Validation refuses cycles before this runs; should one get here, it adds nothing.
    fragmentCosts.set(fragment.name.value, 0);
    const condition = schema.getType(fragment.typeCondition.name.value);
    const cost = condition && isCompositeType(condition) ? costOf(fragment.selectionSet, condition) : 0;
    fragmentCosts.set(fragment.name.value, cost);
    return cost;
  };
  const costOf = (set: SelectionSetNode, parent: GraphQLCompositeType): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        const named = getNamedType(field.type);
        const below = selection.selectionSet && isCompositeType(named) ? costOf(selection.selectionSet, named) : 0;
        total +=
          1 +
          multiplier(field, () => {
            readsVariables ||= selection.arguments?.some((argument) => hasVariable(argument.value)) ?? false;
            return getArgumentValues(field, selection, variables);
          }) *
            below;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (condition && isCompositeType(condition)) total += costOf(selection.selectionSet, condition);
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment) total += fragmentCost(fragment);
      }
    }
    return total;
  };
  return { cost: costOf(selectionSet, rootType), readsVariables };
}

function hasVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(hasVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((field) => hasVariable(field.value));
  return false;
}

function multiplier(field: GraphQLField<unknown, unknown>, args: () => Record<string, unknown>): number {
  const declared = costMultiplierOf(field);
  // Only fields declared to multiply do: other fields' arguments are not even read.
  if (!declared) return 1;
  let values: Record<string, unknown>;
  try {
    values = args();
  } catch {
    // Invalid arguments fail in execution with their own error; they cost nothing here.
    return 1;
  }
  if (declared === 'page') {
    const size = values.first ?? values.last ?? DEFAULT_PAGE;
    // Raw variables are not coerced yet: sizes outside a page's range fail later with
    // BAD_USER_INPUT, so here they count as the largest page rather than as themselves.
    if (typeof size !== 'number' || !Number.isFinite(size)) return 1;
    return Math.min(Math.max(Math.trunc(size), 1), MAX_PAGE);
  }
  // The list asked for: `ids` of artists(ids:), `links` of lookupMany(links:).
  const asked = Object.values(values).find(Array.isArray);
  if (asked) return Math.max(1, asked.length);
  return 1;
}
