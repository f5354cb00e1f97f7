const express = require('express');
const helmet = require('helmet');
const rateLimit = require('express-rate-limit');

const app = express();
app.use(helmet());
app.use(express.json());
app.use(rateLimit({ windowMs: 60_000, max: 100 }));

const courses = [];

app.get('/courses', (req, res) => res.json(courses));

app.listen(3000);
