import express from 'express';
import { PrismaClient } from '@prisma/client';
import { UserService } from './user.service';

const prisma = new PrismaClient();
const app = express();
app.get('/users', async (req, res) => {
  const users = new UserService(prisma);
  res.json(await users.list());
});
app.listen(3000);
