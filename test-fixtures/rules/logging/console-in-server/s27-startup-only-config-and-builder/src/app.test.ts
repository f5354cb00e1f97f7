import { beforeAll, afterAll, describe, it, expect } from 'vitest';
import { buildApp } from './app.js';

describe('items', () => {
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    app = await buildApp();
  });
  afterAll(async () => {
    await app.close();
  });
  it('lists', async () => {
    const res = await app.inject({ method: 'GET', url: '/items' });
    expect(res.statusCode).toBe(200);
  });
});
