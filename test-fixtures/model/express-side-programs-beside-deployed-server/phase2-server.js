// "phase 2" server: an alternative entry tried while the features were built; start/Dockerfile/vercel run server.js
const express = require('express');
const cors = require('cors');
const { register, pick } = require('./src/providers/registry');

register('echo', { reply: (m) => m });

const app = express();
app.use(cors());
app.use(express.json({ limit: '10mb' }));

app.post('/api/chat/message', (req, res) => {
  res.json({ echo: pick('echo').reply(req.body.message) });
});

app.listen(process.env.PHASE2_PORT || 3010);
