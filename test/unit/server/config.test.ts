import { describe, expect, it } from 'vitest';
import { HARD_MAX_NEIGHBORHOOD_DEPTH, readServerConfig } from '../../../server/config.ts';

describe('readServerConfig', () => {
  it('has defaults for everything', () => {
    const config = readServerConfig({});
    expect(config).toMatchObject({
      port: 4000,
      corsOrigins: [],
      logLevel: 'info',
      maxPageSize: 100,
      maxNeighborhoodDepth: HARD_MAX_NEIGHBORHOOD_DEPTH,
    });
  });

  it('reads CORS_ORIGINS as a comma-separated list', () => {
    expect(readServerConfig({ CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).corsOrigins).toEqual([
      'https://a.example',
      'http://localhost:5173',
    ]);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['CORS_ORIGINS', 'not a url'],
    ['LOG_LEVEL', 'loud'],
    ['MAX_PAGE_SIZE', '0'],
    ['MAX_NEIGHBORHOOD_DEPTH', '9'],
    ['API_QUERY_TIMEOUT_MS', '-1'],
  ])('names the bad variable %s=%s', (name, value) => {
    expect(() => readServerConfig({ [name]: value })).toThrow(new RegExp(`Invalid ${name}=`));
  });
});
