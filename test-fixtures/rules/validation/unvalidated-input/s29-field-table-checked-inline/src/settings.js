const express = require('express');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
const router = express.Router();

// the group only filters the lookup and is cut off the keys found
router.get('/settings/:group', async (req, res) => {
  const settings = await prisma.siteSetting.findMany({ where: { groupName: req.params.group } });
  const out = {};
  for (const s of settings) out[s.key.replace(`${req.params.group}.`, '')] = s.value;
  res.json(out);
});

module.exports = router;
