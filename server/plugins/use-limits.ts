// GraphQL Armor: bounds on what one operation may ask for (depth, cost, aliases, directives,
// tokens), checked before any resolver runs. Rejections carry the code QUERY_TOO_COMPLEX.
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLError, ValidationContext } from 'graphql';
import type { ServerConfig } from '../config.ts';
import { ErrorCode, apiError } from '../errors.ts';

/** Armor says "Syntax Error: Query Cost limit of 100 exceeded"; clients get the reason and a code. */
function reject(context: ValidationContext | null, error: GraphQLError): void {
  const coded = apiError(ErrorCode.QUERY_TOO_COMPLEX, error.message.replace(/^Syntax Error: /, ''));
  // Validation rules report through the context; the token limit runs in the parser and has none.
  if (context) context.reportError(coded);
  else throw coded;
}

export function useLimits(config: ServerConfig): Plugin[] {
  const onReject = [reject];
  const armor = new EnvelopArmor({
    maxDepth: { n: config.maxQueryDepth, onReject, propagateOnRejection: false, ignoreIntrospection: true },
    costLimit: { maxCost: config.maxQueryCost, onReject, propagateOnRejection: false },
    maxAliases: { n: config.maxAliases, onReject, propagateOnRejection: false },
    maxDirectives: { n: 20, onReject, propagateOnRejection: false },
    maxTokens: { n: config.maxTokens, onReject, propagateOnRejection: true },
    // "Did you mean ...?" would let a caller map a schema with introspection turned off.
    blockFieldSuggestion: { enabled: true },
  });
  return armor.protect().plugins as Plugin[];
}
