import { Router } from 'express';
import { parseFilter, normaliseFilter } from '../services/filters';
import { run } from '../data/db';

export const filtersRouter = Router();

filtersRouter.post('/', async (req, res) => {
  const filter = parseFilter(req.body);
  res.json({ filter });
});

filtersRouter.post('/single', async (req, res) => {
  const filter = normaliseFilter(req.body) as { field: string; value: string };
  res.json(await run('SELECT id FROM notes WHERE ' + filter.field + ' = $1', [filter.value]));
});

filtersRouter.delete('/saved/:name', async (req, res) => {
  await run('DELETE FROM saved_filters WHERE name = $1', [req.params.name]);
  res.status(204).end();
});
