import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MissingToolError, neo4jVersion, resolveClasspath } from '../../graph/neo4j-local/classpath.ts';
import { classArchiveOptions, launcherJar } from '../../graph/neo4j-local/launcher-build.ts';
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

describe('the launcher build', () => {
  it('asks for a JDK when javac is missing', async () => {
    const emptyBin = mkdtempSync(join(tmpdir(), 'no-javac-'));
    const attempt = launcherJar(join(emptyBin, 'cache'), 'neo4j.jar', { ...process.env, PATH: emptyBin });
    await expect(attempt).rejects.toThrow(MissingToolError);
    await expect(attempt).rejects.toThrow(/javac was not found on PATH[\s\S]*JDK/);
  });

  it('starts Neo4j without the class archive when the archive cannot be made, and says so', async () => {
    // A `java` that fails every run, as a broken JDK would: the archive is an optimisation only.
    const bin = mkdtempSync(join(tmpdir(), 'broken-java-'));
    writeFileSync(join(bin, 'java'), '#!/bin/sh\necho "no JVM here" >&2\nexit 1\n', { mode: 0o755 });
    const lines: string[] = [];
    const options = await classArchiveOptions(
      join(bin, 'cache'),
      'launcher.jar:neo4j.jar',
      { ...process.env, PATH: `${bin}:${process.env.PATH}` },
      (line) => lines.push(line),
    );
    expect(options).toEqual([]);
    expect(lines.at(-1)).toMatch(
      /Could not prepare the class archive \(the training run ended with 1: no JVM here\); Neo4j starts without it/,
    );
    // Nothing half-made is left to be mistaken for an archive next time.
    expect(readdirSync(join(bin, 'cache'))).toEqual([]);
  });
});

describe('the classpath resolution', () => {
  it('runs Maven once for starts side by side, and leaves only the cache behind', async () => {
    // An `mvn` that counts its runs, takes a moment, and writes a classpath of one existing jar.
    const bin = mkdtempSync(join(tmpdir(), 'fake-mvn-'));
    const jar = join(bin, 'neo4j.jar');
    writeFileSync(jar, '');
    writeFileSync(
      join(bin, 'mvn'),
      `#!/bin/sh\nfor a in "$@"; do case "$a" in -Dmdep.outputFile=*) out="\${a#-Dmdep.outputFile=}";; esac; done\n` +
        `[ -n "$out" ] || exit 0\necho run >> "${join(bin, 'runs')}"\nsleep 0.3\nprintf '%s' "${jar}" > "$out"\n`,
      { mode: 0o755 },
    );
    const cache = join(bin, 'cache');
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
    const both = await Promise.all([resolveClasspath(cache, () => {}, env), resolveClasspath(cache, () => {}, env)]);
    expect(both).toEqual([jar, jar]);
    expect(readFileSync(join(bin, 'runs'), 'utf8').trim().split('\n')).toHaveLength(1);
    expect(readdirSync(cache)).toEqual([`classpath-${neo4jVersion()}.txt`]);
  });
});
