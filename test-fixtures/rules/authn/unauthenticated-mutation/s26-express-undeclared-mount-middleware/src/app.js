const express = require('express');
const { requireUser } = require('./middleware/auth');
const gifts = require('./routes/gifts');
const wishes = require('./routes/wishes');

const app = express();
app.use(express.json());

// authGuard is neither imported nor declared here: this line throws a ReferenceError when the module loads.
app.use('/api/gifts', authGuard, gifts);
app.use('/api/wishes', wishes);
app.get('/api/me', requireUser, (req, res) => res.json(req.user));

app.listen(3000);
