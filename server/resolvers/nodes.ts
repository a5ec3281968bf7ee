// What every node type shares: the Node interface's type resolution and the id/kind/label fields,
// plus the helper every nested field uses to reach a node's neighbours through the loader.
import type { NodeResolvers } from '../generated/resolvers-types.ts';
import { kindOf, labelOf, labelText, type NodeRecord } from '../cypher-rows.ts';

/** GraphQL type names equal the model's labels (Document, Paragraph, ...), so the label is the type. */
export const Node: NodeResolvers = {
  __resolveType: (node) => labelOf(node),
};

export const nodeFields = {
  id: (node: NodeRecord) => node.id,
  kind: (node: NodeRecord) => kindOf(node),
  label: (node: NodeRecord) => labelText(node),
};

export { detailsOfNode as detailsOf } from '../loaders/node-details.ts';
