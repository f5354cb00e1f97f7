import { Hono } from 'hono';

const tripController = new Hono();
const trips = [{ id: 't1', from: 'Lyon', to: 'Paris' }];

tripController.get('/', (c) => c.json(trips));
tripController.get('/:id', (c) => c.json(trips.find((t) => t.id === c.req.param('id')) ?? null));

export default tripController;
