// Downloads the embedded Neo4j's jars and builds its launcher and class archive through the same
// code path `npm start` uses, so CI and a fresh machine pay for them once, up front, with progress
// on the terminal.
import { parseArgs } from 'node:util';
import { MAVEN_CACHE_DIR, neo4jVersion, requireTool } from './classpath.ts';
import { prepareLauncher } from './launcher-build.ts';

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
const { classpath, archiveOptions } = await prepareLauncher(MAVEN_CACHE_DIR, process.env, (line) => console.log(line));
// The launcher's jar comes first on the classpath; the rest are Neo4j's.
console.log(
  `Neo4j ${neo4jVersion()}: ${classpath.split(':').length - 1} jars and the launcher ready, ${archiveOptions.length > 0 ? 'with' : 'without'} a class archive`,
);
