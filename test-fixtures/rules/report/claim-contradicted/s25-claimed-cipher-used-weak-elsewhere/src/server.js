const express = require('express');
const helmet = require('helmet');
const { encryptMessage } = require('./services/encryption');
const { roomCode } = require('./models/room');

const app = express();
app.use(helmet());
app.use(express.json());

app.post('/api/messages', (req, res) => res.json({ body: encryptMessage(String(req.body.text)) }));
app.post('/api/rooms', (req, res) => res.json({ code: roomCode(String(req.body.name)) }));

app.listen(3000);
