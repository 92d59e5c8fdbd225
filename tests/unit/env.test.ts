import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';

describe('environment', () => {
  it('SITE_URL follows PORT when unset, and is kept when set', () => {
    expect(parseEnv({}).SITE_URL).toBe('http://localhost:3000');
    expect(parseEnv({ PORT: '4100' }).SITE_URL).toBe('http://localhost:4100');
    expect(parseEnv({ PORT: '4100', SITE_URL: '' }).SITE_URL).toBe('http://localhost:4100');
    expect(parseEnv({ PORT: '4100', SITE_URL: 'https://ettervern.example.org' }).SITE_URL).toBe('https://ettervern.example.org');
    expect(() => parseEnv({ SITE_URL: 'not a url' })).toThrow(/SITE_URL/);
  });
});
