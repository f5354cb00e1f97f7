import { Router } from 'express';
import { products, orders } from '../store.js';

// none of these is in openapi.yaml: one finding, here, lists all twelve
export const adminRouter = Router();
adminRouter.get('/products', (_req, res) => res.json(products.list({ take: 50 }))); // expect: api/openapi-drift
adminRouter.delete('/products/:productId', (req, res) => res.status(204).json(products.remove(req.params.productId)));
adminRouter.get('/orders', (_req, res) => res.json(orders.list({ take: 50 })));
adminRouter.patch('/orders/:orderId', (req, res) => res.json(orders.mark(req.params.orderId, String(req.body.state))));
adminRouter.get('/stats', (_req, res) => res.json(orders.stats()));
