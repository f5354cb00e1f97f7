const express = require('express');
const mongoose = require('mongoose');
const stripOperators = require('./middleware/strip-operators');
const members = require('./routes/members');

const app = express();
app.use(express.json({ limit: '50kb' }));
app.use(stripOperators);

app.use('/api/members', members);

mongoose.connect(process.env.MONGO_URL).then(() => app.listen(3000));
