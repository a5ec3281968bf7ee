// Resolves the classpath of the embedded Neo4j with Maven, once: the jars land in the usual
// local repository (~/.m2) and the classpath is cached next to the data folder.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAUNCHER_DIR = dirname(fileURLToPath(import.meta.url));
export const LAUNCHER_SOURCE = join(LAUNCHER_DIR, 'Launcher.java');
const POM = join(LAUNCHER_DIR, 'pom.xml');
/** The resolved classpath is cached in the project (git-ignored), shared by every data folder. */
export const MAVEN_CACHE_DIR = join(LAUNCHER_DIR, '..', '..', '.neo4j', 'maven');

export class MissingToolError extends Error {
  override name = 'MissingToolError';
}

/** Says what to do when the machine lacks Java or Maven: three ways forward. */
export function missingToolMessage(tool: string): string {
  return [
    `${tool} was not found on PATH, and NEO4J_URI is not set, so the local Neo4j cannot start.`,
    'Three ways forward:',
    '  1. install Java 17+ and Maven (Debian: apt-get install openjdk-17-jdk-headless maven), then run again;',
    '  2. run Neo4j in Docker: docker compose up neo4j, then export NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=...;',
    '  3. point NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) at an existing Neo4j 5 server or Aura.',
  ].join('\n');
}

export function requireTool(tool: 'java' | 'mvn', env: NodeJS.ProcessEnv = process.env): void {
  const probe = spawnSync(tool, ['-version'], { env, stdio: 'ignore' });
  if (probe.error) throw new MissingToolError(missingToolMessage(tool === 'mvn' ? 'Maven (mvn)' : 'Java'));
}

/** The Neo4j version the pom pins; part of the cache key. */
export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM, 'utf8'));
  if (!match) throw new Error(`${POM}: no <neo4j.version> property`);
  return match[1]!;
}

/** Resolutions running in this process, by cache file: starts side by side share one Maven run. */
const resolving = new Map<string, Promise<string>>();

/**
 * Returns the classpath, running Maven when the cache is missing or a jar has gone.
 * `onProgress` hears one line per artifact Maven downloads (the first run fetches ~200 jars).
 */
export async function resolveClasspath(
  cacheDir: string,
  onProgress: (line: string) => void = () => {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const cacheFile = join(cacheDir, `classpath-${neo4jVersion()}.txt`);
  if (existsSync(cacheFile)) {
    const cached = readFileSync(cacheFile, 'utf8').trim();
    if (cached?.split(':').every((jar) => existsSync(jar))) return cached;
  }
  let running = resolving.get(cacheFile);
  if (!running) {
    running = runMaven(cacheDir, cacheFile, onProgress, env).finally(() => resolving.delete(cacheFile));
    resolving.set(cacheFile, running);
  }
  return running;
}

async function runMaven(
  cacheDir: string,
  cacheFile: string,
  onProgress: (line: string) => void,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  requireTool('mvn', env);
  mkdirSync(cacheDir, { recursive: true });
  // Names of this run's own: another process resolving at the same time writes other files, and
  // the cache appears by a rename, whole or not at all.
  const outputFile = `${cacheFile}.${process.pid}-${randomUUID()}.tmp`;
  onProgress(`Resolving Neo4j ${neo4jVersion()} with Maven (the first time downloads about 200 jars)...`);
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${outputFile}`], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let downloaded = 0;
    const tail: string[] = [];
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 40) tail.shift();
        if (/Downloaded from/.test(line) && /\.jar\b/.test(line)) {
          downloaded++;
          if (downloaded % 10 === 0) onProgress(`  ${downloaded} jars downloaded...`);
        }
      }
    };
    mvn.stdout.on('data', onData);
    mvn.stderr.on('data', onData);
    mvn.on('error', reject);
    mvn.on('close', (code) => {
      if (code === 0) return resolve();
      reject(new Error(`Maven could not resolve org.neo4j:neo4j (exit ${code}). Its last lines:\n${tail.join('\n')}`));
    });
  });
  const classpath = readFileSync(outputFile, 'utf8').trim();
  writeFileSync(outputFile, classpath);
  renameSync(outputFile, cacheFile);
  return classpath;
}
