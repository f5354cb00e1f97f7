import express from 'express';
import { voucherController } from './controllers/voucherController';

const app = express();
app.use(express.json());
app.get('/vouchers', voucherController.listVouchers);
app.get('/vouchers/by-state', voucherController.listByState);
app.post('/vouchers/:id/notes', voucherController.annotate);
app.listen(3000);
