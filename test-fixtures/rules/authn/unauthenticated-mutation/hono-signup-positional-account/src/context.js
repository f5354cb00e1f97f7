import { Store } from './store.js';

const stores = new WeakMap();

export async function withStore(c, next) {
  if (!stores.has(c.env)) stores.set(c.env, new Store(c.env.DB));
  c.set('db', stores.get(c.env));
  await next();
}
