import express from 'express';
import { users } from './users';

const app = express();
app.use(express.json());
app.use('/users', users);
app.use((err, req, res, next) => res.status(500).json({ error: 'Internal Server Error' }));
app.listen(3000);
