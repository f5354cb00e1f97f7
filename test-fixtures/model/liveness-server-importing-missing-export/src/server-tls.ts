// An older start-up with TLS: it still imports the tenant middleware under names the module no longer has,
// so app.use receives undefined and Express refuses to start.
import express from 'express';
import https from 'https';
import { resolveTenant, brandTenant } from './middleware/tenant';
import items from './routes/items';

const app = express();
app.use(express.json());
app.use('/api', resolveTenant);
app.use('/api', brandTenant);
app.use('/api', items);

app.get('/tls/status', (req, res) => {
  res.json({ tls: true });
});

https.createServer({}, app).listen(Number(process.env.HTTPS_PORT ?? 3443));
