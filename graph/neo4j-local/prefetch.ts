// Downloads the embedded Neo4j's jars through the same code path `npm start` uses, so CI and a
// fresh machine pay the download once, up front, with progress on the terminal.
import { parseArgs } from 'node:util';
import { MAVEN_CACHE_DIR, neo4jVersion, requireTool, resolveClasspath } from './classpath.ts';

const USAGE = `Usage: npx tsx graph/neo4j-local/prefetch.ts

Downloads the jars of Neo4j ${neo4jVersion()} (embedded) through Maven into ${MAVEN_CACHE_DIR}, as the
first \`npm start\` would, and prints how many are ready. Needs java and mvn on the PATH.`;

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
const classpath = await resolveClasspath(MAVEN_CACHE_DIR, (line) => console.log(line));
console.log(`Neo4j ${neo4jVersion()}: ${classpath.split(':').length} jars ready`);
