// Downloads the embedded Neo4j's jars through the same code path `npm start` uses, so CI and a
// fresh machine pay the download once, up front, with progress on the terminal.
import { MAVEN_CACHE_DIR, neo4jVersion, requireTool, resolveClasspath } from './classpath.ts';

requireTool('java');
const classpath = await resolveClasspath(MAVEN_CACHE_DIR, (line) => console.log(line));
console.log(`Neo4j ${neo4jVersion()}: ${classpath.split(':').length} jars ready`);
