// Who may add a document: the guard's decisions on the headers alone, for each configuration.
import { describe, expect, it } from 'vitest';
import { defaultServerConfig, readServerConfig } from '../../../server/config.ts';
import {
  checkUploadRequest,
  isLoopback,
  uploadPolicy,
  type UploadHeaders,
} from '../../../server/upload/upload-guard.ts';

const loopback = uploadPolicy(defaultServerConfig());
const TOKEN = 'a-long-enough-upload-token';
const OK: UploadHeaders = { host: '127.0.0.1:4000', 'x-instrument-graph': 'upload' };
const codeOf = (headers: UploadHeaders, policy = loopback) => checkUploadRequest(headers, policy)?.code ?? null;

describe('the upload policy', () => {
  it('is on by itself on loopback, needs a token elsewhere, and is off without one', () => {
    expect(loopback.mode).toBe('loopback');
    expect(uploadPolicy(defaultServerConfig({ host: '0.0.0.0' })).mode).toBe('off');
    expect(uploadPolicy(defaultServerConfig({ host: '0.0.0.0', uploadToken: TOKEN })).mode).toBe('token');
    // A token set on loopback is required there too: the operator asked for it.
    expect(uploadPolicy(defaultServerConfig({ uploadToken: TOKEN })).mode).toBe('token');
  });

  it.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['127.8.9.1', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.2', false],
    ['example.org', false],
    ['localhost.example.org', false],
  ])('%s is loopback: %s', (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });

  it('refuses a short token and a malformed host list, naming the variable', () => {
    expect(() => readServerConfig({ UPLOAD_TOKEN: 'short' })).toThrow(/UPLOAD_TOKEN/);
    expect(() => readServerConfig({ UPLOAD_HOSTS: 'https://example.org' })).toThrow(/UPLOAD_HOSTS/);
    expect(() => readServerConfig({ UPLOAD_MAX_MB: '50' })).toThrow(/UPLOAD_MAX_MB/);
    expect(readServerConfig({ UPLOAD_HOSTS: 'Explorer.Example.org, ' }).uploadHosts).toEqual(['explorer.example.org']);
  });
});

describe('a request to add a document', () => {
  it('passes with the header, a loopback Host and its own Origin', () => {
    expect(codeOf(OK)).toBeNull();
    expect(
      codeOf({ ...OK, host: 'localhost:4000', origin: 'http://localhost:4000', 'sec-fetch-site': 'same-origin' }),
    ).toBeNull();
    expect(codeOf({ ...OK, host: '[::1]:4000', origin: 'http://[::1]:4000' })).toBeNull();
  });

  it('needs the custom header, whatever else it carries', () => {
    expect(codeOf({ host: OK.host })).toBe('UPLOAD_HEADER_REQUIRED');
    expect(codeOf({ ...OK, 'x-instrument-graph': 'yes' })).toBe('UPLOAD_HEADER_REQUIRED');
  });

  it('is refused from another origin, an opaque one, or when the browser says cross-site', () => {
    expect(codeOf({ ...OK, origin: 'https://attacker.example' })).toBe('CROSS_ORIGIN');
    expect(codeOf({ ...OK, origin: 'http://127.0.0.1:9999' })).toBe('CROSS_ORIGIN');
    expect(codeOf({ ...OK, origin: 'null' })).toBe('CROSS_ORIGIN');
    expect(codeOf({ ...OK, 'sec-fetch-site': 'cross-site' })).toBe('CROSS_ORIGIN');
  });

  it('is refused on loopback when the Host names another machine (DNS rebinding), unless configured', () => {
    const rebound = { ...OK, host: 'attacker.example:4000', origin: 'http://attacker.example:4000' };
    expect(codeOf(rebound)).toBe('FOREIGN_HOST');
    expect(codeOf({ ...OK, host: undefined })).toBe('FOREIGN_HOST');
    const named = uploadPolicy(defaultServerConfig({ uploadHosts: ['attacker.example'] }));
    expect(codeOf(rebound, named)).toBeNull();
  });

  it('needs the token, compared whole, when one is set', () => {
    const policy = uploadPolicy(defaultServerConfig({ host: '0.0.0.0', uploadToken: TOKEN }));
    const remote = { host: 'explorer.example.org', 'x-instrument-graph': 'upload' };
    expect(codeOf(remote, policy)).toBe('UPLOAD_TOKEN_REQUIRED');
    expect(codeOf({ ...remote, authorization: `Bearer ${TOKEN.slice(0, -1)}` }, policy)).toBe('UPLOAD_TOKEN_INVALID');
    expect(codeOf({ ...remote, authorization: `Basic ${TOKEN}` }, policy)).toBe('UPLOAD_TOKEN_REQUIRED');
    expect(codeOf({ ...remote, authorization: `Bearer ${TOKEN}` }, policy)).toBeNull();
  });

  it('is refused outright when the write path is off', () => {
    const off = uploadPolicy(defaultServerConfig({ host: '0.0.0.0' }));
    expect(checkUploadRequest(OK, off)).toMatchObject({ status: 403, code: 'UPLOAD_DISABLED' });
  });
});
