import { Router } from 'express';
import { orders } from '../store.js';

export const ordersRouter = Router();
ordersRouter.get('/', (_req, res) => res.json(orders.list({ take: 50 })));
ordersRouter.post('/', (req, res) => res.status(201).json(orders.place(String(req.body.cartId))));
ordersRouter.get('/:orderId', (req, res) => res.json(orders.get(req.params.orderId)));
ordersRouter.post('/:orderId/cancel', (req, res) => res.json(orders.mark(req.params.orderId, 'cancelled')));
ordersRouter.get('/:orderId/invoice', (req, res) => res.json(orders.invoice(req.params.orderId)));
ordersRouter.post('/:orderId/return', (req, res) => res.json(orders.mark(req.params.orderId, 'returned')));
ordersRouter.get('/:orderId/tracking', (req, res) => res.json(orders.tracking(req.params.orderId)));
