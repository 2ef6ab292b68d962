import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ErrorCode } from '../error-codes.js';

/** What a client gets for an error nobody gave a code: one GraphQL raised about its request. */
const REQUEST_ERROR: ErrorCode = 'BAD_USER_INPUT';

/**
 * Stands in for the parser's exception Yoga attaches to a malformed body's error (its name and
 * message, an echo of the body): Yoga still sees that the error came from outside GraphQL and
 * answers 400 as the GraphQL-over-HTTP spec asks, but nothing of it is serialised.
 */
const WITHHELD = Object.freeze({ toJSON: () => undefined });

function codeAndTrim(errors: readonly GraphQLError[] | undefined): void {
  for (const error of errors ?? []) {
    const extensions = error.extensions as Record<string, unknown>;
    if (extensions.code === undefined) extensions.code = REQUEST_ERROR;
    if (extensions.originalError !== undefined) extensions.originalError = WITHHELD;
  }
}

/**
 * Every error leaves with a stable `extensions.code` and nothing internal. Errors GraphQL
 * itself raises about a request (a variable of the wrong type, a missing required one, an
 * operation type the schema does not have) carry no code; they are the client's to fix.
 * Codes are set when execution ends, so metrics and logs see them too; what never reaches
 * execution (a malformed body, a subscription) is finished when the result is sent.
 */
export function useErrorHygiene(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result }) {
          if ('errors' in result) codeAndTrim(result.errors);
        },
      };
    },
    onResultProcess({ result }) {
      for (const single of Array.isArray(result) ? result : [result]) {
        if (single && typeof single === 'object' && 'errors' in single) codeAndTrim((single as ExecutionResult).errors);
      }
    },
  };
}
