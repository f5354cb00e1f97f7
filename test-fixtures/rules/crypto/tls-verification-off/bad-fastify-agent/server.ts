import Fastify from 'fastify';
import https from 'node:https';
import axios from 'axios';
import got from 'got';

const insecureAgent = new https.Agent({ rejectUnauthorized: false }); // expect: crypto/tls-verification-off

const app = Fastify();

app.get('/rates', async () => {
  const { data } = await axios.get('https://rates.internal.example/v1/eur', { httpsAgent: insecureAgent });
  const extra = await got('https://fx.partner.example/latest', { https: { rejectUnauthorized: false } }).json(); // expect: crypto/tls-verification-off
  return { data, extra };
});

app.listen({ port: 3000 });
