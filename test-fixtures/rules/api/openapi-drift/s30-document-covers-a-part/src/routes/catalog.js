import { Router } from 'express';
import { products, carts } from '../store.js';

export const catalogRouter = Router();
catalogRouter.get('/products', (_req, res) => res.json(products.list({ take: 50 })));
catalogRouter.get('/products/:productId', (req, res) => res.json(products.get(req.params.productId)));
catalogRouter.get('/cart', (req, res) => res.json(carts.get(req.get('x-cart-id'))));
catalogRouter.post('/cart', (req, res) => res.status(201).json(carts.add(req.get('x-cart-id'), String(req.body.sku))));
