import express from 'express';
import { requireAdmin } from './auth.js';
import { createPaymentLink, createTicketOrder, createPlan, updateNotifications } from './orders.js';

const app = express();
app.use(express.json());
app.post('/api/orders/payment-link', requireAdmin, createPaymentLink);
app.post('/api/orders/tickets', createTicketOrder);
app.post('/api/plans', requireAdmin, createPlan);
app.put('/api/plans/:id/notifications', requireAdmin, updateNotifications);

app.listen(3000);
