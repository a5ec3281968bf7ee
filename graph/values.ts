// Converts what neo4j-driver returns (Integer, temporal types, nodes, relationships) into plain
// JSON-friendly values, in this one place, so no caller ever sees a driver type.
import neo4j from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    // Counts and offsets in this graph are far below 2^53; larger values keep their digits.
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object') return value as Plain;
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value)) return { labels: [...value.labels], ...plainObject(value.properties) };
  if (neo4j.isRelationship(value)) return { type: value.type, ...plainObject(value.properties) };
  if (Array.isArray(value)) return value.map(toPlain);
  return plainObject(value as Record<string, unknown>);
}

function plainObject(object: Record<string, unknown>): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  for (const [key, v] of Object.entries(object)) out[key] = toPlain(v);
  return out;
}
