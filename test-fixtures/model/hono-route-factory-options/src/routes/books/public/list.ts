import { openEndpoint } from '../../../lib/tiers';
import { books } from '../store';

// the handler this file gives is the route's: its query read has no schema
export const listBooks = openEndpoint({
  method: 'get',
  path: '/',
  handler: async (c) => {
    const q = c.req.query('title'); // expect: validation/unvalidated-input
    return [...books.values()].filter((b) => !q || b.title.includes(q));
  },
});
