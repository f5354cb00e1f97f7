import express from 'express';
import { authenticate } from '@/middleware/auth';
import bookings from '@/routes/bookings';

const app = express(); 
app.use(express.json());
app.use('/api', bookings);

app.get('/api/me', authenticate, (req, res) => {
  res.json((req as any).user);
});

app.listen(3000); 
