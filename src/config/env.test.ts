import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('defaults the API base URL to /api and drops a trailing slash from a configured one', () => {
    expect(parseEnv({ MODE: 'production', DEV: false }).apiBaseUrl).toBe('/api');
    expect(parseEnv({ VITE_API_BASE_URL: 'https://api.example.com/v1/', MODE: 'production', DEV: false }).apiBaseUrl).toBe(
      'https://api.example.com/v1',
    );
  });

  it('turns the mocks on in dev and in demo builds, off in plain production builds', () => {
    expect(parseEnv({ MODE: 'development', DEV: true }).mocksEnabled).toBe(true);
    expect(parseEnv({ MODE: 'demo', DEV: false }).mocksEnabled).toBe(true);
    expect(parseEnv({ MODE: 'production', DEV: false }).mocksEnabled).toBe(false);
  });

  it('lets VITE_MOCKS=off use a real backend from the dev server, but cannot add mocks to a production build', () => {
    expect(parseEnv({ MODE: 'development', DEV: true, VITE_MOCKS: 'off' }).mocksEnabled).toBe(false);
    expect(parseEnv({ MODE: 'production', DEV: false, VITE_MOCKS: 'on' }).mocksEnabled).toBe(false);
  });

  it('says which setting is wrong', () => {
    expect(() => parseEnv({ VITE_MOCKS: 'maybe' })).toThrow(/VITE_MOCKS/);
    expect(() => parseEnv({ VITE_API_BASE_URL: '  ' })).toThrow(/VITE_API_BASE_URL/);
  });
});
