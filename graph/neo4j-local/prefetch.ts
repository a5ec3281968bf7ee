// Downloads the embedded Neo4j's jars and builds its launcher and class archive through the same
// code path `npm start` uses, so CI and a fresh machine pay for them once, up front, with progress
// on the terminal.
import { parseArgs } from 'node:util';
import { MAVEN_CACHE_DIR, neo4jVersion, requireTool, resolveClasspath } from './classpath.ts';
import { classArchiveOptions, launcherJar } from './launcher-build.ts';

const USAGE = `Usage: npx tsx graph/neo4j-local/prefetch.ts

Downloads the jars of Neo4j ${neo4jVersion()} (embedded) through Maven, compiles the launcher and
prepares the class archive that makes Neo4j start faster, into ${MAVEN_CACHE_DIR}, as the first
\`npm start\` would. Needs a JDK (java, javac) and mvn on the PATH.`;

try {
  if (parseArgs({ strict: true, options: { help: { type: 'boolean', short: 'h' } } }).values.help) {
    console.log(USAGE);
    process.exit(0);
  }
} catch (error) {
  console.error(`prefetch: ${(error as Error).message}\nTry --help.`);
  process.exit(2);
}

requireTool('java');
const log = (line: string) => console.log(line);
const jars = await resolveClasspath(MAVEN_CACHE_DIR, log);
const jar = await launcherJar(MAVEN_CACHE_DIR, jars, process.env);
const archive = await classArchiveOptions(MAVEN_CACHE_DIR, `${jar}:${jars}`, process.env, log);
console.log(
  `Neo4j ${neo4jVersion()}: ${jars.split(':').length} jars and the launcher ready, ${archive.length > 0 ? 'with' : 'without'} a class archive`,
);
