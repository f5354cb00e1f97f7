import express from 'express';
import { kiosk } from './kiosk';

const app = express();
app.use('/api/kiosk', kiosk);
app.listen(3000);
