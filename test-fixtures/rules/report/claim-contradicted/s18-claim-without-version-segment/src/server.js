const express = require('express');
const auth = require('./routes/auth');
const tasks = require('./routes/tasks');

const app = express();
app.use(express.json());
app.use('/api/v1/auth', auth);
app.use('/api/v1/tasks', tasks);
app.get('/api/v1/items', (req, res) => res.json({ items: [], version: 1 }));
app.get('/api/v2/items', (req, res) => res.json({ data: [], version: 2 }));

app.listen(process.env.PORT || 3000);
