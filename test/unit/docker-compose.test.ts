// No Docker engine runs here, so this checks what can be checked without one: the compose file's
// services, ports and variables agree with what the code reads and with .env.example.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NEO4J_ENV_VARIABLES, readNeo4jConfig } from '../../graph/config.ts';
import { SERVER_ENV_VARIABLES } from '../../server/config.ts';

interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  ports?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
}
const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const readByCode = new Set([...NEO4J_ENV_VARIABLES, ...SERVER_ENV_VARIABLES, 'SEED_CORPUS']);

describe('docker-compose.yml', () => {
  const { neo4j, app } = compose.services;

  it('runs the official Neo4j 5.26 Community image with a healthcheck and a named volume', () => {
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    expect(neo4j?.healthcheck?.test.join(' ')).toMatch(/cypher-shell/);
    const [volume] = (neo4j?.volumes ?? [])[0]!.split(':');
    expect(Object.keys(compose.volumes)).toContain(volume);
    expect(neo4j?.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
  });

  it('starts the app only once Neo4j is healthy, built from this repository', () => {
    expect(app?.build).toBe('.');
    expect(app?.depends_on?.neo4j?.condition).toBe('service_healthy');
  });

  it('gives the app only variables the code reads, with a URI the config accepts', () => {
    const env = app?.environment ?? {};
    for (const name of Object.keys(env)) expect(readByCode, name).toContain(name);
    expect(readNeo4jConfig({ NEO4J_URI: env.NEO4J_URI }).uri).toBe('bolt://neo4j:7687');
    expect(neo4j?.ports).toContain('7687:7687');
    expect(app?.ports).toContain(`${env.PORT}:${env.PORT}`);
  });

  it('.env.example lists every variable the code reads, and no other', () => {
    const listed = readFileSync('.env.example', 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z][A-Z0-9_]*=/.test(line))
      .map((line) => line.split('=')[0]);
    expect(new Set(listed)).toEqual(readByCode);
  });
});
