import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MissingToolError } from '../../graph/neo4j-local/classpath.ts';
import { startLocalNeo4j } from '../../graph/neo4j-local/local-neo4j.ts';

describe('the local Neo4j launcher', () => {
  it('explains three ways forward when Java is absent', async () => {
    const emptyBin = mkdtempSync(join(tmpdir(), 'no-java-'));
    const attempt = startLocalNeo4j({
      port: 1, // nothing answers on port 1, so the launcher must try to start Java
      dataDir: join(emptyBin, 'data'),
      env: { ...process.env, PATH: emptyBin },
    });
    await expect(attempt).rejects.toThrow(MissingToolError);
    await expect(attempt).rejects.toThrow(
      /Java was not found on PATH[\s\S]*install[\s\S]*docker compose up neo4j[\s\S]*NEO4J_URI/,
    );
  });
});
