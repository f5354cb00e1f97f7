const express = require('express');
const events = require('./routes/events');

const app = express();
app.use(express.json());
app.use('/events', events);
app.listen(3000);
