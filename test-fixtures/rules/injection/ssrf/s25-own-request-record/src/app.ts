import express, { Request } from 'express';
import { FetchPool } from './pool';

// a request type of the app's own that extends express's: still the client's request
interface TenantRequest extends Request {
  tenantId?: string;
}

const pool = new FetchPool();
const app = express();
app.use(express.json());

app.get('/warm', async (_req, res) => {
  pool.add('https://api.example.com/catalog', {}, () => undefined);
  res.sendStatus(202);
});

app.get('/fetch', async (req: TenantRequest, res) => {
  const page = await fetch(String(req.query.url)); // expect: injection/ssrf
  res.send(await page.text());
});

app.listen(3000);
