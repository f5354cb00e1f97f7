import { Hono } from 'hono';
import { withApi } from '../middlewares/caller';

const cards = new Hono()
  .use(withApi)
  .get('/:cardId', async (c) => {
    const cardId = c.req.param('cardId');
    const card = await c.var.api.cards.get({ cardId });
    return c.json(card, 200);
  })
  .patch('/:cardId', async (c) => {
    const cardId = c.req.param('cardId');
    const body = await c.req.json();
    const card = await c.get('api').cards.rename({ cardId, title: body.title });
    return c.json(card, 200);
  })
  .get('/:cardId/peek', async (c) => {
    const cardId = c.req.param('cardId');
    return c.json(await c.var.api.cards.peek({ cardId }), 200);
  })
  .get('/:cardId/export', async (c) => {
    const cardId = c.req.param('cardId'); // expect: validation/unvalidated-input
    return c.text(await c.var.api.cards.exportFile({ cardId }), 200);
  })
  .post('/import', async (c) => {
    const body = await c.req.json(); // expect: validation/unvalidated-input
    const card = await c.var.api.cards.importRaw(body);
    return c.json(card, 201);
  })
  .post('/restore', async (c) => {
    const body = await c.req.json(); // expect: validation/unvalidated-input
    const card = await c.var.api.cards.restore(body);
    return c.json(card, 201);
  });

export default cards;
