import express from 'express';

// a stand-in for the tax authority's API, started by `npm run start:tax-mock` while developing; the server never loads it
const mock = express();
mock.use(express.json());
mock.post('/v1/invoices/submit', (req, res) => {
  if (req.get('authorization') !== `Bearer ${process.env.TAX_API_TOKEN}`) return res.sendStatus(401);
  res.json({ reference: 'MOCK-1' });
});
mock.listen(4010);
