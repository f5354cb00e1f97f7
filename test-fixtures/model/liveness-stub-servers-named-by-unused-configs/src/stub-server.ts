import express from 'express';

// temporary stub used while the database was being migrated
const app = express();
app.use(express.json());
app.get('/api/orders', (req, res) => res.json([]));
app.post('/api/orders', (req, res) => res.status(201).json({ id: 1, ...req.body }));
app.delete('/api/orders/:id', (req, res) => res.status(204).end());
app.listen(3000, () => console.log('stub up'));
