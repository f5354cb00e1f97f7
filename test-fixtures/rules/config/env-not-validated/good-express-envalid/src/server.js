const express = require('express');
const config = require('./config');

const app = express();
app.get('/mail/settings', (req, res) => res.json({ host: config.SMTP_HOST, port: config.SMTP_PORT }));
app.get('/mail/from', (req, res) => res.json({ from: process.env.MAIL_FROM }));
app.listen(3000);
