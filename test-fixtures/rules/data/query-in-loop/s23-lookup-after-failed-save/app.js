const express = require('express');
const crypto = require('crypto');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
const app = express();
app.use(express.json({ limit: '5mb' }));

// one document per item; where a concurrent request stored the same content first (unique hash), the catch looks the
// stored one up: that lookup runs for a failed item, not once per item
async function storeOne(folderId, doc) {
  const hash = crypto.createHash('sha256').update(doc.text).digest('hex');
  try {
    return await prisma.document.create({ data: { folderId, hash, text: doc.text } }); // expect: data/query-in-loop
  } catch (err) {
    const stored = await prisma.document.findFirst({ where: { folderId, hash } });
    if (stored) return stored;
    throw err;
  }
}

app.post('/folders/:id/documents', async (req, res) => {
  const docs = await Promise.all(req.body.documents.map((d) => storeOne(req.params.id, d)));
  res.status(201).json(docs);
});

// the same lookup per item outside a catch is a query per item
app.post('/folders/:id/lookup', async (req, res) => {
  const found = [];
  for (const d of req.body.documents) {
    const hash = crypto.createHash('sha256').update(d.text).digest('hex');
    found.push(await prisma.document.findFirst({ where: { folderId: req.params.id, hash } })); // expect: data/query-in-loop
  }
  res.json(found);
});

app.listen(3000);
