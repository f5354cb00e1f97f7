import { buildWorker } from '@shop/kit';

const app = buildWorker({ name: 'admin' });
app.get('/api/admin/orders', (c) => c.json([]));
export default app;
