const express = require('express');

const app = express();
app.get('/health', (_req, res) => res.json({ ok: true, keyed: Boolean(process.env.TOKEN_SIGNING_PRIVATE_KEY) }));
app.listen(3000);
