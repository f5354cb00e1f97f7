import express from 'express';
import { query } from './db';
import { searchDictionary } from './settings';
import { updateItem, updateSupplier, findByTags, findByLabels, movesOfItem, movesOfShelf } from './items';
import { Invoices, DeliveryNotes } from './codes';

const app = express();
app.use(express.json());

app.get('/items', async (req, res) => {
  const { q, shelf, sort } = req.query as Record<string, string>;
  const dictionary = await searchDictionary();
  const parts: string[] = ['i.archived = false'];
  const values: unknown[] = [];
  let idx = 1;
  if (shelf) {
    parts.push(`i.shelf_code = $${idx++}`);
    values.push(shelf);
  }
  if (q) {
    parts.push(`i.search @@ plainto_tsquery('${dictionary}', $${idx++})`);
    values.push(q);
  }
  const whereOf = (list: string[]) => `WHERE ${list.join(' AND ')}`;
  const orders: Record<string, string> = { label: 'i.label ASC', newest: 'i.created_at DESC' };
  const orderBy = orders[sort] ?? orders.label;

  async function run(where: string, vals: unknown[], order: string) {
    const count = await query(`SELECT COUNT(*) AS n FROM items i ${where}`, vals);
    const rows = await query(`SELECT i.id, i.label FROM items i ${where} ORDER BY ${order} LIMIT 50`, vals);
    return { total: count.rows[0].n, rows: rows.rows };
  }

  let result = await run(whereOf(parts), values, orderBy);
  if (result.total === 0 && q) {
    const loose = [...parts];
    loose[loose.length - 1] = `i.label ILIKE $${idx - 1}`;
    result = await run(whereOf(loose), values.map((v, i) => (i === idx - 2 ? `%${q}%` : v)), 'i.label ASC');
  }
  res.json(result);
});

app.patch('/items/:id', async (req, res) => {
  res.json(await updateItem(req.params.id, String(req.headers['x-store']), req.body));
});

app.patch('/suppliers/:id', async (req, res) => {
  res.json(await updateSupplier(req.params.id, req.body));
});

app.post('/items/by-tags', async (req, res) => {
  res.json((await findByTags(req.body.tags)).rows);
});

app.post('/items/by-labels', async (req, res) => {
  res.json((await findByLabels(req.body.labels)).rows);
});

app.get('/items/:id/moves', async (req, res) => {
  res.json(await movesOfItem(req.params.id, Number(req.query.page) || 0));
});

app.get('/shelves/:shelf/moves', async (req, res) => {
  res.json(await movesOfShelf(req.params.shelf, req.query.kind as string | undefined, Number(req.query.page) || 0));
});

// A local helper whose column comes from the query string: the client names the column.
app.patch('/stock/:id', async (req, res) => {
  const sets: string[] = [];
  const vals: unknown[] = [];
  const put = (column: string, value: unknown) => {
    sets.push(`${column} = $${vals.length + 1}`);
    vals.push(value);
  };
  put(String(req.query.field), req.body.value);
  vals.push(req.params.id);
  await query(`UPDATE stock SET ${sets.join(', ')} WHERE id = $${vals.length}`, vals); // expect: injection/sql-raw-query
  res.sendStatus(204);
});

app.post('/stores/:store/invoices', async (req, res) => {
  res.json({ code: await new Invoices().create(req.params.store) });
});

app.post('/stores/:store/delivery-notes', async (req, res) => {
  res.json({ code: await new DeliveryNotes().create(req.params.store) });
});

app.listen(3000);
