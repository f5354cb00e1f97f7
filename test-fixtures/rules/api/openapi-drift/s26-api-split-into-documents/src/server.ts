import express from 'express';

// One API described by three documents: the voters' endpoints, the admin console's, and the device endpoints.
const app = express();
app.use(express.json());
app.get('/api/v1/polls', (_req, res) => res.json([]));
app.get('/api/v1/polls/:pollId', (req, res) => res.json({ id: req.params.pollId }));
app.post('/api/v1/polls/:pollId/votes', (req, res) => res.status(201).json({ poll: req.params.pollId }));
app.post('/api/v1/devices', (_req, res) => res.status(201).end());
app.get('/api/v1/admin/polls', (_req, res) => res.json([]));
app.post('/api/v1/admin/polls', (req, res) => res.status(201).json(req.body));
app.delete('/api/v1/admin/polls/:pollId', (_req, res) => res.status(204).end());
// in none of the three documents: reported once, at the route
app.get('/api/v1/admin/audit', (_req, res) => res.json([])); // expect: api/openapi-drift
app.listen(3000);
