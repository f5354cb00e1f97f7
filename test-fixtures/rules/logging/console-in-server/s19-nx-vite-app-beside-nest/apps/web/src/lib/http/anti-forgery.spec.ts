import { describe, expect, it } from 'vitest';
import { antiForgeryToken } from './anti-forgery';

describe('antiForgeryToken', () => {
  it('returns a string', async () => {
    expect(typeof (await antiForgeryToken())).toBe('string');
  });
});
