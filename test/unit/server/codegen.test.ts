// The generated types must match the SDL (and, for the client, its documents): regenerate in
// memory and compare every file codegen.ts writes.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { describe, expect, it } from 'vitest';
import config from '../../../codegen.ts';

describe('generated types (server/generated, client/src/generated)', () => {
  it('are what `npm run codegen` generates from the current schema and documents (run it if this fails)', async () => {
    const outputs: Types.FileOutput[] = await generate({ ...config, silent: true }, false);
    expect(outputs.map((o) => relative(process.cwd(), o.filename)).sort()).toEqual(Object.keys(config.generates).sort());
    for (const output of outputs) expect(readFileSync(output.filename, 'utf8'), output.filename).toBe(output.content);
  }, 60_000);
});
