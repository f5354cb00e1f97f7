import { Router } from 'express';
import { itemsInAisle, renameItem } from '../services/items';

export const items = Router();

items.get('/aisles/:aisle', async (req, res) => {
  const aisle = req.params.aisle;
  res.json(await itemsInAisle(aisle));
});

items.patch('/:sku', async (req, res) => {
  await renameItem(req.params.sku, req.body);
  res.status(204).end();
});
