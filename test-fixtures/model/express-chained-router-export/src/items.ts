import { Router } from 'express';
const list = (req, res) => res.json([]);
const create = (req, res) => res.status(201).json(req.body); // expect: validation/unvalidated-input
export default Router().get('/', list).post('/', create);
