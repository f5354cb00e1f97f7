import express from 'express';
import { shipmentsController } from './controllers/shipments.controller';

const app = express();
app.use(express.json());
app.post('/shipments', shipmentsController.create);
app.put('/shipments/:id/carrier', shipmentsController.relabel);
app.listen(3000);
