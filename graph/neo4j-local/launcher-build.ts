// What makes a local Neo4j start in about 3.5 s instead of 7: Launcher.java compiled once into a
// jar (rather than compiled in memory by every `java Launcher.java`), and a class-data archive of
// the classes Neo4j loads while it opens (rather than parsed again from 200 jars each time). Both
// are kept in the project's cache and named by what they are built from (the launcher's source,
// the jars, the JDK), so a change of any of them builds new ones. The archive is an optimisation
// only: when it cannot be made, Neo4j starts without it.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LAUNCHER_SOURCE, MissingToolError, resolveClasspath } from './classpath.ts';
import { freePort } from './free-port.ts';

const run = promisify(execFile);

/** A training run opens a fresh database and closes it; this only bounds a hang. */
const TRAINING_TIMEOUT_MS = 180_000;
/** A lock older than this was left by a process that died while building. */
const STALE_LOCK_MS = 10 * 60_000;

const shortHash = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 12);

/** The first line of `java -version`: part of the archive's name, since an archive fits one JDK build. */
export function javaVersion(env: NodeJS.ProcessEnv = process.env): string {
  const probe = spawnSync('java', ['-version'], { env, encoding: 'utf8' });
  return `${probe.stderr ?? ''}${probe.stdout ?? ''}`.split('\n')[0]!.trim();
}

export interface PreparedLauncher {
  /** The launcher's jar, then Neo4j's jars. */
  classpath: string;
  /** The JVM options for the class archive: empty when there is none. */
  archiveOptions: string[];
}

/** Everything a start needs, each made once and then reused: the jars, the launcher, the archive. */
export async function prepareLauncher(
  cacheDir: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<PreparedLauncher> {
  const jars = await resolveClasspath(cacheDir, log, env);
  const classpath = `${await launcherJar(cacheDir, jars, env)}:${jars}`;
  return { classpath, archiveOptions: await classArchiveOptions(cacheDir, classpath, env, log) };
}

/** Compiles Launcher.java against the Neo4j jars into `<cacheDir>/launcher-<hash>.jar`, once. */
export async function launcherJar(cacheDir: string, classpath: string, env: NodeJS.ProcessEnv): Promise<string> {
  const jar = join(cacheDir, `launcher-${shortHash(readFileSync(LAUNCHER_SOURCE, 'utf8'), classpath)}.jar`);
  if (existsSync(jar)) return jar;
  mkdirSync(cacheDir, { recursive: true });
  const work = mkdtempSync(join(cacheDir, 'launcher-build-'));
  try {
    const classes = join(work, 'classes');
    await tool('javac', ['-cp', classpath, '-d', classes, LAUNCHER_SOURCE], env);
    await tool('jar', ['cf', join(work, 'launcher.jar'), '-C', classes, '.'], env);
    // A rename, so that a process starting meanwhile sees no jar or a whole one.
    renameSync(join(work, 'launcher.jar'), jar);
    return jar;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function tool(name: 'javac' | 'jar', args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  try {
    await run(name, args, { env });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new MissingToolError(
        `${name} was not found on PATH: the local Neo4j needs a JDK, not only a Java runtime (Debian: apt-get install openjdk-17-jdk-headless).`,
      );
    }
    throw new Error(
      `${name} could not build the Neo4j launcher from ${LAUNCHER_SOURCE}:\n${failure.stderr ?? failure.message}`,
    );
  }
}

/**
 * The JVM options that use the class-data archive for this launcher jar and JDK, building the
 * archive first when it is missing: a training run opens a throwaway database and closes it, and
 * the JVM writes the classes it loaded as it exits. While another process builds it, or when the
 * build fails, the options are empty and Neo4j simply starts without it.
 */
export async function classArchiveOptions(
  cacheDir: string,
  classpath: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<string[]> {
  const archive = join(cacheDir, `neo4j-classes-${shortHash(classpath, javaVersion(env))}.jsa`);
  if (existsSync(archive)) return [`-XX:SharedArchiveFile=${archive}`];
  mkdirSync(cacheDir, { recursive: true });
  const lock = `${archive}.lock`;
  if (!takeLock(lock)) return [];
  const work = mkdtempSync(join(cacheDir, 'archive-build-'));
  try {
    log('Preparing a class archive so that Neo4j starts faster (once, about 10 s)...');
    const partial = join(work, 'classes.jsa');
    const port = await freePort();
    await training(
      ['-Xmx1g', `-XX:ArchiveClassesAtExit=${partial}`, '-cp', classpath, 'Launcher', join(work, 'data'), String(port)],
      env,
    );
    if (!existsSync(partial)) throw new Error('the JVM wrote no archive');
    renameSync(partial, archive);
    return [`-XX:SharedArchiveFile=${archive}`];
  } catch (error) {
    log(`Could not prepare the class archive (${(error as Error).message}); Neo4j starts without it.`);
    return [];
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(lock, { recursive: true, force: true });
  }
}

/** mkdir is atomic: the process that creates the folder builds; a stale one is taken over. */
function takeLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    return true;
  } catch {
    try {
      if (Date.now() - statSync(lock).mtimeMs < STALE_LOCK_MS) return false;
      rmSync(lock, { recursive: true, force: true });
      mkdirSync(lock);
      return true;
    } catch {
      return false;
    }
  }
}

/** Runs the launcher with its standard input closed: it opens the database, says READY and exits. */
function training(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const jvm = spawn('java', args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    jvm.stderr.on('data', (chunk: Buffer) => {
      errors = (errors + chunk.toString()).slice(-2_000);
    });
    const timer = setTimeout(() => jvm.kill('SIGKILL'), TRAINING_TIMEOUT_MS);
    jvm.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // 'close', not 'exit': only then has all of stderr been read, so the reason is not lost.
    jvm.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`the training run ended with ${code ?? signal}${errors ? `: ${errors.trim()}` : ''}`));
    });
  });
}
