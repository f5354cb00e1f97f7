import { Hono } from 'hono';
import { listInvoices, createInvoice } from './invoices';

const router = new Hono();

router.get('/', (c) => c.json({ module: 'billing' }));
router.route('/invoices', new Hono().get('/', listInvoices).post('/', createInvoice));

const hosted = {
  id: 'billing',
  routes: {
    prefix: '/billing',
    router,
  },
};

export default hosted;
