import type { Context } from 'hono';

const invoices: { id: number; total: number }[] = [];

export const listInvoices = (c: Context) => c.json(invoices);

export const createInvoice = async (c: Context) => {
  invoices.push({ id: invoices.length + 1, total: 0 });
  return c.json({ id: invoices.length }, 201);
};
