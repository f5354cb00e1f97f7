const http = require('http');
const express = require('express');
const { WebSocketServer } = require('ws');

const app = express();
let peers = 0;
app.get('/health', (req, res) => res.json({ ok: true }));
app.get('/sync/stats', (req, res) => res.json({ peers }));

const server = http.createServer(app);
new WebSocketServer({ server }).on('connection', () => { peers++; });
server.listen(4000);
