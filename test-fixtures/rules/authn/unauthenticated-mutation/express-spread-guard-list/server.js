const express = require('express');
const app = express();
app.use(express.json());
app.use('/api/inbox', require('./routes/inbox'));
app.use('/api/folders', require('./routes/folders'));
app.listen(3000);
