const express = require('express');
const cors = require('cors');
const visits = require('./routes/visits');

const app = express();
app.use(cors());
app.use(express.json({ limit: '50mb' }));
app.use('/api/visits', visits);
app.listen(5000);
