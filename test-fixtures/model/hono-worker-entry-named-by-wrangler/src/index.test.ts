import { describe, it, expect } from 'vitest';
import app from './index';

describe('quotes', () => {
  it('lists them', async () => {
    const res = await app.request('/quotes');
    expect(res.status).toBe(200);
  });
});
