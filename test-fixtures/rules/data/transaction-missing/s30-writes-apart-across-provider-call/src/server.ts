import express, { Request, Response } from 'express';
import axios from 'axios';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

// the posts are fetched from the provider's API, then stored one by one
async function importPosts(accessToken: string, userId: string): Promise<void> {
  const response = await axios.get('https://api.provider.example/me/posts', { params: { access_token: accessToken } });
  for (const post of response.data.items) {
    await prisma.post.upsert({
      where: { externalId: post.id },
      update: { text: post.caption },
      create: { externalId: post.id, text: post.caption, userId },
    });
  }
}

// the linked account is stored, then the provider is asked for the posts: no transaction can hold the account row
// open across the remote call, and a linked account with some posts imported is a state the next sync completes
app.post('/api/accounts/link', async (req: Request, res: Response) => {
  const { userId, accessToken } = req.body;
  await prisma.linkedAccount.upsert({
    where: { userId },
    update: { accessToken },
    create: { userId, accessToken },
  });
  await importPosts(accessToken, userId);
  res.json({ ok: true });
});

// the same two writes with nothing remote between them: an order without its lines
app.post('/api/orders', async (req: Request, res: Response) => {
  const { userId, items } = req.body;
  const order = await prisma.order.create({ data: { userId } }); // expect: data/transaction-missing
  await prisma.orderLine.createMany({ data: items.map((i: { sku: string }) => ({ orderId: order.id, sku: i.sku })) });
  await axios.post('https://hooks.example/orders', { id: order.id });
  res.status(201).json(order);
});

app.listen(3000);
