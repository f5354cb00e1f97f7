import express from 'express';
import { PrismaClient } from '@prisma/client';
import { QueryTools } from './optimizer';

const app = express();
const services: Record<string, any> = { tools: new QueryTools(new PrismaClient()) };

app.get('/pets/count', async (req, res) => {
  res.json(await services['tools'].countWhere(String(req.query.where)));
});

app.listen(3000);
