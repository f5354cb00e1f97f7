import { Router } from 'express';

const items = Router();

items.get('/items', (req, res) => {
  res.json([]);
});

export default items;
