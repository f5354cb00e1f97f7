import express from 'express';
import cookieParser from 'cookie-parser';
import { session } from './routes/session.js';

const app = express();
app.use(express.json());
app.use(cookieParser());
app.use('/session', session);
app.listen(3000);
