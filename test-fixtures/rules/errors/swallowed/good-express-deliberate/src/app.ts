import express from 'express';
import { hooks } from './hooks';

const app = express();
app.use(express.json());
app.use('/', hooks);
app.listen(3000);
