import { describe, expect, it } from 'vitest';
import { ConfigError, readNeo4jConfig } from '../../graph/config.ts';

describe('readNeo4jConfig', () => {
  it('defaults to the local Neo4j when NEO4J_URI is not set', () => {
    const config = readNeo4jConfig({});
    expect(config).toMatchObject({ uri: undefined, user: 'neo4j', database: 'neo4j', localPort: 7687 });
  });

  it.each([
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ NEO4J_LOCAL_PORT: '99999' }, 'NEO4J_LOCAL_PORT'],
    [{ NEO4J_LOCAL_PORT: 'seven' }, 'NEO4J_LOCAL_PORT'],
    [{ NEO4J_DATABASE: 'no spaces please' }, 'NEO4J_DATABASE'],
    [{ NEO4J_TX_TIMEOUT_MS: '5' }, 'NEO4J_TX_TIMEOUT_MS'],
  ])('names the bad variable in %j', (env, variable) => {
    expect(() => readNeo4jConfig(env)).toThrow(ConfigError);
    expect(() => readNeo4jConfig(env)).toThrow(new RegExp(`^Invalid ${variable}=`));
  });

  it('accepts the URI forms of a cluster or Aura', () => {
    expect(readNeo4jConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).uri).toBe(
      'neo4j+s://abc.databases.neo4j.io',
    );
  });
});
