// An earlier layout of the server: its middleware lived two folders up, and those files are gone.
import express from 'express';
import { guard } from '../../middleware/guard.js';
import { audit } from '../../middleware/audit.js';

const app = express();
app.use(express.json());
app.use(audit);
app.get('/api/orders', guard, (req, res) => res.json([]));
app.delete('/api/orders/:id', guard, (req, res) => res.status(204).end());

export default app;
