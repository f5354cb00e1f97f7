import { Router } from 'express';
const list = (req, res) => res.json([]);
const saved = []; const create = (req, res) => res.status(201).json({ id: saved.push(req.body) }); // expect: validation/unvalidated-input
export default Router().get('/', list).post('/', create);
