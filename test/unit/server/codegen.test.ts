// The generated types must match the SDL and the client's documents: regenerate in memory and
// compare every file codegen.ts writes, and find no file in the generated folders it no longer writes.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { describe, expect, it } from 'vitest';
import config from '../../../codegen.ts';

const GENERATED = ['server/generated', 'client/src/generated'];

describe('generated types (server/generated, client/src/generated)', () => {
  it('are what `npm run codegen` generates from the current schema and documents (run it if this fails)', async () => {
    const outputs: Types.FileOutput[] = await generate({ ...config, silent: true }, false);
    const written = outputs.map((o) => relative(process.cwd(), o.filename)).sort();
    const present = GENERATED.flatMap((dir) => readdirSync(dir).map((name) => join(dir, name))).sort();
    expect(present).toEqual(written);
    for (const output of outputs) expect(readFileSync(output.filename, 'utf8'), output.filename).toBe(output.content);
  }, 60_000);
});
