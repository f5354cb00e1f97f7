import express from 'express';
import items from './items';
const app = express(); // expect: headers/helmet-missing, ratelimit/missing, api/compression-missing
app.use('/items', items);
app.listen(3000);
