import { describe, it, expect } from 'vitest';
import { createTestSession } from '../src/utils/factories.js';

describe('sessions', () => {
  it('builds a row', () => {
    expect(createTestSession('u1').userId).toBe('u1');
  });
});
