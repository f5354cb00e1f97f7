import express from 'express';

const auth = express.Router();
auth.post('/register', (req, res) => { res.status(201).json({ id: 1, name: String(req.body.name ?? '') }); });
auth.post('/login', (_req, res) => { res.json({ token: 'opaque' }); });

const rooms = express.Router();
rooms.get('/', (_req, res) => { res.json([]); });
rooms.put('/:id', (req, res) => { res.json({ id: req.params.id }); });

const app = express();
app.use(express.json());
app.use('/api/auth', auth);
app.use('/api/rooms', rooms);
app.listen(5000);
