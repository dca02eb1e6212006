import type { IncomingMessage } from 'http';
import { originAllowed, parseCookies } from './graphql-ws.options';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
const allowed = new Set(['https://portal.example']);

describe('graphql-ws upgrade checks', () => {
  it.each([
    [{ host: 'bridge.example', origin: 'https://bridge.example' }, true],
    [{ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }, true],
    [{ host: 'bridge.example', origin: 'https://portal.example' }, true],
    [{ host: 'bridge.example' }, true],
    [{ host: 'bridge.example', origin: 'https://evil.example' }, false],
    [{ host: 'bridge.example', origin: 'https://bridge.example.evil.example' }, false],
    [{ host: 'bridge.example', origin: 'null' }, false],
    [{ host: 'bridge.example', origin: 'chrome-extension://bridge.example' }, false],
    [{ origin: 'https://bridge.example' }, false],
  ])('decides for %j: %s', (headers, expected) => {
    expect(originAllowed(request(headers), allowed)).toBe(expected);
  });

  it('reads the cookies of the upgrade request like cookie-parser', () => {
    expect(parseCookies('a=1; bridge_session=abc%3D; b="q"; a=2; bad')).toEqual({
      a: '1',
      bridge_session: 'abc=',
      b: 'q',
    });
    expect(parseCookies(undefined)).toEqual({});
  });
});
