import express from 'express';
import * as OpenApiValidator from 'express-openapi-validator';

const app = express();
const users = express.Router();
users.get('/', (_req, res) => res.json([]));
users.post('/', (req, res) => res.status(201).json(req.body));
users.get('/:id', (req, res) => res.json({ id: req.params.id }));

app.use(express.json());
app.use(OpenApiValidator.middleware({ apiSpec: './openapi.yaml' }));
app.get('/healthz', (_req, res) => res.send('ok'));
app.use('/api/v1/users', users);
app.listen(3000);
