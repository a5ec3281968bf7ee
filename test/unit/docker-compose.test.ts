// No Docker engine runs here, so this checks what can be checked without one: the compose file's
// services, ports and variables agree with what the code reads and with .env.example, and the
// Dockerfile's stages give the image what the server imports and no devDependency.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

// The Dockerfile, read as stages: what the image holds is what the server needs and no more.
interface Stage {
  name: string;
  lines: string[];
}
const stages: Stage[] = [];
for (const raw of readFileSync('Dockerfile', 'utf8').split('\n')) {
  const line = raw.trim();
  if (!line || line.startsWith('#')) continue;
  const from = /^FROM\s+\S+(?:\s+AS\s+(\S+))?$/i.exec(line);
  if (from) stages.push({ name: from[1] ?? '', lines: [] });
  else stages.at(-1)?.lines.push(line);
}
const image = stages.at(-1)!;

/** Every file server/start.ts imports, directly or not, and the packages they import. */
function runtimeImports(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = ['server/start.ts'];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)) {
      if (spec!.startsWith('.')) queue.push(join(dirname(file), spec!));
      else if (!spec!.startsWith('node:'))
        packages.add(spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!);
    }
  }
  return { files, packages };
}

describe('Dockerfile', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    dependencies: Record<string, string>;
    scripts: Record<string, string>;
  };

  it('builds the explorer in a stage of its own, and the image copies only its output', () => {
    const build = stages.find((s) => s.lines.some((l) => /npm run build:client/.test(l)));
    expect(build, 'a stage that runs npm run build:client').toBeDefined();
    expect(build).not.toBe(image);
    const built = /cp -RL client\/dist (\S+)/.exec(build!.lines.join('\n'))?.[1];
    expect(built, 'the build copied out of the client/dist symlink').toBeDefined();
    expect(image.lines).toContain(`COPY --from=${build!.name} ${built} ./client/dist`);
  });

  it('ships no devDependencies: the image takes node_modules from an npm ci --omit=dev', () => {
    const copy = image.lines.find((l) => /node_modules/.test(l)) ?? '';
    const from = /--from=(\S+)/.exec(copy)?.[1];
    const deps = stages.find((s) => s.name === from);
    expect(deps?.lines.some((l) => /^RUN npm ci .*--omit=dev/.test(l))).toBe(true);
    expect(image.lines.some((l) => /^RUN npm (ci|install)/.test(l))).toBe(false);
  });

  it('holds every folder and package the server imports, the packages among the runtime dependencies', () => {
    const { files, packages } = runtimeImports();
    const folders = new Set([...files].map((f) => f.split('/')[0]!));
    for (const folder of folders) expect(image.lines, folder).toContain(`COPY ${folder} ./${folder}`);
    for (const name of packages) expect(pkg.dependencies, name).toHaveProperty([name]);
    expect(pkg.dependencies).toHaveProperty(['tsx']);
    expect(image.lines.at(-1)).toMatch(/tsx.*server\/start\.ts/);
  });
});
