import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, NoSchemaIntrospectionCustomRule, type DocumentNode, type ExecutionArgs, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import type { ErrorCode } from '../error-codes.js';
import { useErrorHygiene } from './error-hygiene.js';
import { operationCost } from './page-cost.js';

export type SecurityConfig = Pick<
  Config,
  'maxQueryDepth' | 'maxAliases' | 'maxTokens' | 'maxDirectives' | 'maxQueryCost' | 'introspection'
>;

/** The one code for every "this query is too big" refusal, whichever limit it hit. */
export const QUERY_TOO_COMPLEX: ErrorCode = 'QUERY_TOO_COMPLEX';

const tagTooComplex = (_ctx: unknown, error: GraphQLError) => {
  (error.extensions as Record<string, unknown>).code = QUERY_TOO_COMPLEX;
};

/** graphql-armor's static limits, checked at validation, before anything runs. */
function armor(config: SecurityConfig): Plugin {
  const reject = { onReject: [tagTooComplex], propagateOnRejection: true };
  return EnvelopArmorPlugin({
    maxDepth: { n: config.maxQueryDepth, ...reject },
    maxAliases: { n: config.maxAliases, ...reject },
    maxTokens: { n: config.maxTokens, ...reject },
    maxDirectives: { n: config.maxDirectives, ...reject },
    // Page sizes multiply, which the armor's cost limit cannot see: ours below does it.
    costLimit: { enabled: false },
    // "Did you mean …?" would let anyone map a schema with introspection turned off.
    blockFieldSuggestion: { enabled: true },
  }) as Plugin;
}

/** Refuses operations whose page-size-weighted cost is over the limit, before executing them. */
function pageCostLimit(maxCost: number): Plugin {
  // Yoga hands out the same document for the same query text: a cost that reads no variable is
  // counted once per document and operation, not once per request.
  const known = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (args: ExecutionArgs): number | undefined => {
    const key = args.operationName ?? '';
    const cached = known.get(args.document)?.get(key);
    if (cached !== undefined) return cached;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    let operation: OperationDefinitionNode | undefined;
    for (const definition of args.document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      if (definition.kind === Kind.OPERATION_DEFINITION && (!args.operationName || definition.name?.value === args.operationName)) {
        operation ??= definition;
      }
    }
    const root = operation && args.schema.getRootType(operation.operation);
    if (!operation || !root) return undefined;
    const { cost, readsVariables } = operationCost(args.schema, operation.selectionSet, root, fragments, (args.variableValues ?? {}) as Record<string, unknown>);
    if (!readsVariables) {
      let costs = known.get(args.document);
      if (!costs) known.set(args.document, (costs = new Map()));
      costs.set(key, cost);
    }
    return cost;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = costOf(args);
      if (cost !== undefined && cost > maxCost) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(`Query cost ${cost} is over the limit of ${maxCost}: ask for smaller pages or fewer nested connections`, {
              extensions: { code: QUERY_TOO_COMPLEX, cost, maxCost },
            }),
          ],
        });
      }
    },
  };
}

/** Turns introspection off (for production) with graphql's own validation rule. */
function noIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

/** Every limit on what a query may ask, in the order requests meet them (the body limit is apart). */
export function useQueryLimits(config: SecurityConfig): Plugin[] {
  return [
    armor(config),
    ...(config.introspection ? [] : [noIntrospection()]),
    pageCostLimit(config.maxQueryCost),
    useErrorHygiene(),
  ];
}
