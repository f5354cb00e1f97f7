import express from 'express';
import { kioskRouter } from './routes/kiosk';
import { staffRouter } from './routes/staff';

const app = express();
app.use(express.json());
app.use('/api/kiosk', kioskRouter);
app.use('/api/staff', staffRouter);
app.listen(3000);
