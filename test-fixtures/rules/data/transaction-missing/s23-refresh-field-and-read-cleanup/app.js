const express = require('express');
const jwt = require('jsonwebtoken');
const users = require('./users');
const cart = require('./cart');
const orgs = require('./orgs');

const app = express();
app.use(express.json());

function requireUser(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET);
    next();
  } catch {
    res.status(401).end();
  }
}

// sign-up hands out a refresh token: where storing it fails the account stands and the next sign-in issues another
app.post('/auth/register', async (req, res) => {
  const user = await users.createUser(req.body.email, req.body.password);
  const refreshToken = jwt.sign({ sub: user.id }, process.env.REFRESH_SECRET, { expiresIn: '7d' });
  await users.storeRefreshToken(user.id, refreshToken);
  res.status(201).json({ refreshToken });
});

// a new password must end the old sessions: the revocation belongs with it
app.post('/auth/password', requireUser, async (req, res) => {
  await users.setPassword(req.user.sub, req.body.password);
  await users.storeRefreshToken(req.user.sub, null);
  res.status(204).end();
});

app.get('/cart', requireUser, async (req, res) => {
  res.json(await cart.getCart(req.user.sub));
});

app.put('/cart/lines/:id', requireUser, async (req, res) => {
  res.json(await cart.setQuantity(req.user.sub, req.params.id, req.body.quantity));
});

app.post('/checkout', requireUser, async (req, res) => {
  res.json(await cart.checkout(req.user.sub, req.body.productId));
});

// a sign-in callback (a GET) makes a workspace: the function runs on a read, yet its write is no read-back here
app.get('/auth/callback', requireUser, async (req, res) => {
  const org = await orgs.createOrg(String(req.query.name));
  res.redirect(`/orgs/${org.id}`);
});

// the workspace and its owner belong together
app.post('/orgs', requireUser, async (req, res) => {
  const org = await orgs.createOrg(req.body.name);
  await orgs.addMember(org.id, req.user.sub);
  res.status(201).json(org);
});

app.listen(3000);
