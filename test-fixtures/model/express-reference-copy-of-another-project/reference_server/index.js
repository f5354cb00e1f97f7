const express = require('express');
const pages = require('./routes/pages');

// the backend this CMS was modelled on, kept beside it to copy its structure from
const app = express();
app.use(express.json());
app.use('/api/pages', pages);
app.listen(process.env.PORT || 5000);
