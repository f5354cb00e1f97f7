import { describe, expect, it } from 'vitest';
import { createApp } from './index.js';

describe('tasks', () => {
  it('lists tasks', async () => {
    const res = await createApp().inject({ method: 'GET', url: '/tasks' });
    expect(res.statusCode).toBe(200);
  });
});
