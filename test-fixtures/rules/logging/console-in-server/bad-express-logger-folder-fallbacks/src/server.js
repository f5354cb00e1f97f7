const express = require('express');
const logger = require('./common/logger/pretty-stream');

const app = express();
app.use(express.json());
app.use('/api/entries', require('./routes/entries'));
app.listen(process.env.PORT || 3000, () => logger.info('listening'));
