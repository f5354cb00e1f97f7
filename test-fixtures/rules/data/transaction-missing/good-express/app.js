const express = require('express');
const { prisma, pool } = require('./db');

const app = express();
app.use(express.json());

app.post('/orders', async (req, res) => {
  const order = await prisma.$transaction(async (tx) => {
    await tx.product.update({ where: { id: req.body.productId }, data: { stock: { decrement: 1 } } });
    return tx.order.create({ data: { productId: req.body.productId, qty: 1 } });
  });
  res.status(201).json(order);
});

app.post('/carts/clear', async (req, res) => {
  await prisma.$transaction([
    prisma.cartItem.deleteMany({ where: { cartId: req.body.cartId } }),
    prisma.cart.update({ where: { id: req.body.cartId }, data: { total: 0 } }),
  ]);
  res.status(204).end();
});

app.post('/transfer', async (req, res) => {
  const { from, to, amount } = req.body;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('UPDATE accounts SET balance = balance - $1 WHERE id = $2', [amount, from]);
    await client.query('UPDATE accounts SET balance = balance + $1 WHERE id = $2', [amount, to]);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  } finally {
    client.release();
  }
  res.status(204).end();
});

// one write or the other, never both
app.put('/profile', async (req, res) => {
  const existing = await prisma.profile.findUnique({ where: { userId: req.body.userId } });
  if (existing) {
    await prisma.profile.update({ where: { userId: req.body.userId }, data: { bio: req.body.bio } });
  } else {
    await prisma.profile.create({ data: { userId: req.body.userId, bio: req.body.bio } });
  }
  res.status(204).end();
});

// the record and an audit line: a lost log line leaves the data consistent
app.delete('/posts/:id', async (req, res) => {
  await prisma.post.delete({ where: { id: req.params.id } });
  await prisma.auditLog.create({ data: { action: 'post.delete', target: req.params.id } });
  res.status(204).end();
});

// a setting is saved or cleared, never both: the branch is in the handler, the writes in helpers
async function saveSetting(key, value) {
  await prisma.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}
async function clearSetting(key) {
  await prisma.setting.delete({ where: { key } });
}
app.put('/settings/:key', async (req, res) => {
  if (req.body.value === null) {
    await clearSetting(req.params.key);
  } else {
    await saveSetting(req.params.key, req.body.value);
  }
  res.status(204).end();
});

app.listen(3000);
