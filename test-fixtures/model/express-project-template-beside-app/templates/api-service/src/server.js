const express = require('express');
const users = require('./routes/users');

// the generated service's entry: it runs in the generated project, not here
const app = express();
app.use(express.json());
app.use('/api/users', users);
app.listen(3000);
