const express = require('express');
const bcrypt = require('bcryptjs');
const swaggerUi = require('swagger-ui-express');
const YAML = require('yamljs');
const { PrismaClient } = require('@prisma/client');
const { hashPassword } = require('./nodes/auth-node');

const db = new PrismaClient();
const app = express();
app.use(express.json());
app.use('/api-docs', swaggerUi.serve, swaggerUi.setup(YAML.load('./openapi.yaml')));

app.post('/signup', async (req, res) => {
  const passwordHash = await bcrypt.hash(String(req.body.password), 12);
  const user = await db.user.create({ data: { email: String(req.body.email), passwordHash } });
  res.status(201).json({ id: user.id });
});

app.post('/workflows/auth-node', (req, res) => {
  res.json({ digest: hashPassword(String(req.body.password), String(req.body.salt)) });
});

app.get('/workflows', async (req, res) => {
  res.json(await db.workflow.findMany({ take: 50 }));
});

app.listen(4300);
