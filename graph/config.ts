// Reads the database settings from the environment once, validates them, and fails at start-up
// naming the variable that is wrong. Defaults match docker-compose.yml and .env.example.
import { z } from 'zod';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const Neo4jEnv = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must look like bolt://host:7687 or neo4j+s://host')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z0-9.-]+$/, 'must be a database name')
    .default('neo4j'),
  NEO4J_LOCAL_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_LOCAL_DATA: z.string().min(1).default('.neo4j/data'),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
});

/** The variables this module reads; docker-compose.yml and .env.example must agree with them. */
export const NEO4J_ENV_VARIABLES = Object.keys(Neo4jEnv.shape);

export interface Neo4jConfig {
  /** Where to connect; undefined means "start or reuse the project's own local Neo4j". */
  uri: string | undefined;
  user: string;
  password: string;
  database: string;
  localPort: number;
  localDataDir: string;
  /** Upper bound for every transaction, so that a slow query cannot hold a request forever. */
  txTimeoutMs: number;
}

/** Parses the Neo4j settings out of an environment (process.env by default). */
export function readNeo4jConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const v = parseEnvironment(Neo4jEnv, env);
  return {
    uri: v.NEO4J_URI,
    user: v.NEO4J_USER,
    password: v.NEO4J_PASSWORD,
    database: v.NEO4J_DATABASE,
    localPort: v.NEO4J_LOCAL_PORT,
    localDataDir: v.NEO4J_LOCAL_DATA,
    txTimeoutMs: v.NEO4J_TX_TIMEOUT_MS,
  };
}

/**
 * Validates the variables a schema names; an empty value counts as unset (as in .env.example).
 * The first problem becomes a ConfigError naming the variable and the value it had.
 */
export function parseEnvironment<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  env: NodeJS.ProcessEnv,
): z.infer<z.ZodObject<Shape>> {
  const names = Object.keys(schema.shape);
  const present = Object.fromEntries(Object.entries(env).filter(([key, value]) => names.includes(key) && value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0]);
    throw new ConfigError(`Invalid ${variable}=${JSON.stringify(env[variable])}: ${issue.message}`);
  }
  return parsed.data;
}
