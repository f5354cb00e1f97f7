import Fastify from 'fastify';
import InvoiceController from './controllers/Invoice.controller.js';

const app = Fastify({ logger: true });

app.get('/invoices', InvoiceController.list.bind(InvoiceController));
app.get('/invoices/:id', InvoiceController.get.bind(InvoiceController));

app.listen({ port: 3000 });
