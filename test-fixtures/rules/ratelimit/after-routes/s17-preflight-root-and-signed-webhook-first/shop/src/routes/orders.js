const express = require('express');
const { PrismaClient } = require('@prisma/client');

const db = new PrismaClient();
const router = express.Router();

router.get('/', async (req, res) => {
  res.json(await db.order.findMany({ take: 50 }));
});

module.exports = router;
