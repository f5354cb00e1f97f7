const express = require('express');
const { PrismaClient } = require('@prisma/client');
const { createCache } = require('cache-manager');

const prisma = new PrismaClient();
const app = express();
app.use(express.json());

class UserRoles {
  constructor(cacheManager) {
    this.cacheManager = cacheManager;
  }

  // the ids filter the rows to delete, then name the user's cache entry to drop: keys, nothing is built with them
  async remove(userId, roleId) {
    await prisma.userRole.deleteMany({ where: { userId, roleId } });
    await this.cacheManager.del(`users_${userId}`);
  }
}

const roles = new UserRoles(createCache());

app.delete('/users/:userId/roles/:roleId', async (req, res) => {
  await roles.remove(req.params.userId, req.params.roleId);
  res.json({ ok: true });
});

// the id is built into a file name
app.get('/users/:userId/export', async (req, res) => {
  res.download(`/srv/exports/user-${req.params.userId}.csv`); // expect: validation/unvalidated-input[warning]
});

app.listen(3000);
