import { Router } from 'express';

export const books = Router();
books.get('/', (req, res) => {
  res.json([{ id: 1, title: 'Dune' }]);
});
