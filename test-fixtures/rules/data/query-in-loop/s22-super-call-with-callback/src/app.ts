import express from 'express';
import helmet from 'helmet';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

// A shared base service: pages through a table and lets the caller shape the query.
class PagedService {
  async findPage(take: number, shape: (where: Record<string, unknown>) => Record<string, unknown>) {
    return prisma.invoice.findMany({ where: shape({}), take });
  }
}

class InvoiceService extends PagedService {
  async list(take: number, status?: string) {
    // the callback goes to the base class through `super`: a call with no method name on a known receiver
    const page = await super.findPage(take, (where) => ({ ...where, status }));
    const out = [];
    for (const inv of page) {
      out.push(await prisma.customer.findUnique({ where: { id: inv.customerId } })); // expect: data/query-in-loop
    }
    return out;
  }
}

const invoices = new InvoiceService();
const app = express();
app.use(helmet());
app.get('/invoices', async (req, res, next) => {
  try {
    res.json(await invoices.list(20, typeof req.query.status === 'string' ? req.query.status : undefined));
  } catch (e) {
    next(e);
  }
});
app.listen(3000);
