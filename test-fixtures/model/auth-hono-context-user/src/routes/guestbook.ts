import { Hono } from 'hono';
import { noteCaller } from '../session.js';

const entries: number[] = [];

const guestbook = new Hono()
  .use(noteCaller)
  .delete('/', (c) => { // expect: authn/unauthenticated-mutation
    entries.length = 0;
    return c.body(null, 204);
  });

export default guestbook;
