// The generated resolver types must match the SDL: regenerate in memory and compare.
import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../../codegen.ts';

describe('server/generated/resolvers-types.ts', () => {
  it('is what `npm run codegen` generates from the current schema (run it if this fails)', async () => {
    const outputs = await generate({ ...config, silent: true }, false);
    expect(outputs).toHaveLength(1);
    const [output] = outputs;
    expect(readFileSync(output!.filename, 'utf8')).toBe(output!.content);
  }, 60_000);
});
