const express = require('express');
const crypto = require('crypto');
const { WebSocketServer } = require('ws');

const app = express();
app.use(express.json({ limit: '100kb' }));

const boards = new Map();

// a reseller API that signs its calls with md5(secret + body): a weak digest, not the token encryption below
function resellerSignature(body) {
  return crypto.createHash('md5').update(process.env.RESELLER_KEY + JSON.stringify(body)).digest('hex');
}

// provider tokens are kept encrypted with AES-256-GCM, IV and tag in their own columns
function sealToken(plain) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', Buffer.from(process.env.TOKEN_KEY, 'hex'), iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return { data: data.toString('base64'), iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

app.get('/api/boards', (req, res) => {
  res.json([...boards.values()]);
});

app.post('/api/boards', (req, res) => {
  const id = crypto.randomUUID();
  boards.set(id, { id, name: String(req.body.name || ''), token: sealToken(String(req.body.token || '')) });
  res.status(201).json({ id, signature: resellerSignature({ id }) });
});

const server = app.listen(process.env.PORT || 3000);

// per-connection message budget on the live board socket
const wss = new WebSocketServer({ server, path: '/live' });
const budget = new Map();
wss.on('connection', (socket) => {
  budget.set(socket, { count: 0, since: Date.now() });
  socket.on('message', (msg) => {
    const b = budget.get(socket);
    if (Date.now() - b.since > 60000) { b.count = 0; b.since = Date.now(); }
    if (++b.count > 100) { console.warn('socket over its message budget'); return; }
    wss.clients.forEach((c) => c.send(msg));
  });
  socket.on('close', () => budget.delete(socket));
});
