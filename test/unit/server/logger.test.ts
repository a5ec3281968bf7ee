import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readServerConfig } from '../../../server/config.ts';
import { GraphQLError } from 'graphql';
import { createLogger, prettyLine, yogaLogger } from '../../../server/logger.ts';

function capture(): { out: Writable; lines: string[] } {
  const lines: string[] = [];
  const out = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { out, lines };
}

describe('log format', () => {
  it.each([
    ['a terminal, nothing set', {}, true, 'pretty'],
    ['a pipe or file', {}, false, 'json'],
    ['a terminal with LOG_LEVEL set', { LOG_LEVEL: 'debug' }, true, 'json'],
    ['LOG_FORMAT=json at a terminal', { LOG_FORMAT: 'json' }, true, 'json'],
    ['LOG_FORMAT=pretty into a pipe', { LOG_FORMAT: 'pretty', LOG_LEVEL: 'debug' }, false, 'pretty'],
  ])('is chosen for %s', (_, env, terminal, format) => {
    expect(readServerConfig(env, terminal).logFormat).toBe(format);
  });

  it('names a bad LOG_FORMAT', () => {
    expect(() => readServerConfig({ LOG_FORMAT: 'xml' }, true)).toThrow(/Invalid LOG_FORMAT=/);
  });
});

describe('pretty logs', () => {
  it('print one readable line per event, with its fields and no machine noise', async () => {
    const { out, lines } = capture();
    const logger = createLogger('info', 'pretty', out);
    logger.info({ reqId: 'r1', ms: 12, path: '/graphql' }, 'request');
    logger.warn({ code: 'SERVER_BUSY', note: 'two words' }, 'busy');
    logger.debug('not shown at info');
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d INFO {2}request reqId=r1 ms=12 path=\/graphql$/);
    expect(lines[1]).toMatch(/^\d\d:\d\d:\d\d WARN {2}busy code=SERVER_BUSY note="two words"$/);
    expect(lines.join('\n')).not.toMatch(/pid|hostname|instrument-graph-api|\{/);
  });

  it('keep an error stack under its line, and pass a line that is not JSON through', () => {
    const error = new Error('boom');
    const text = prettyLine(
      JSON.stringify({ level: 50, time: Date.now(), msg: 'failed', err: { message: 'boom', stack: error.stack } }),
    );
    const [first, second] = text.split('\n');
    expect(first).toMatch(/ERROR failed$/);
    expect(second).toMatch(/^ {4}Error: boom/);
    expect(prettyLine('plain text\n')).toBe('plain text');
  });

  it('JSON logs stay pino JSON lines', async () => {
    const { out, lines } = capture();
    createLogger('info', 'json', out).info({ reqId: 'r1' }, 'request');
    await new Promise((resolve) => setImmediate(resolve));
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: 30,
      msg: 'request',
      reqId: 'r1',
      service: 'instrument-graph-api',
    });
  });
});

describe("Yoga's messages", () => {
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it("log a request Yoga refuses (a 4xx) at debug, without a stack, and the server's own faults as errors", async () => {
    const { out, lines } = capture();
    const logger = yogaLogger(createLogger('debug', 'json', out));
    logger.error(
      new GraphQLError('Variable "$id" of required type "ID!" was not provided.', {
        extensions: { http: { status: 400 } },
      }),
    );
    logger.error(new Error('socket hang up'));
    await settle();
    const [refused, fault] = lines.map(
      (line) => JSON.parse(line) as { level: number; msg: string; err?: { stack?: string } },
    );
    expect(refused).toMatchObject({ level: 20, msg: 'Variable "$id" of required type "ID!" was not provided.' });
    expect(refused!.err).toBeUndefined();
    expect(fault).toMatchObject({ level: 50, msg: 'socket hang up' });
    expect(fault!.err?.stack).toContain('socket hang up');
  });
});
