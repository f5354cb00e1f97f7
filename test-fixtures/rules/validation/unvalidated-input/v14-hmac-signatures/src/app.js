import express from 'express';
import hooks from './hooks.js';

const app = express();
app.use('/hooks', hooks);
app.listen(3000);
