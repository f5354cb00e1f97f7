for (const name of ['JWT_SECRET', 'CAMPUS_DB']) {
  if (!process.env[name]) {
    console.error(`${name} is not set`);
    process.exit(1);
  }
}

const express = require('express');
const helmet = require('helmet');
const rateLimit = require('express-rate-limit');
const enrolment = require('./routes/enrolment');
const staff = require('./routes/staff');

const app = express();
app.use(helmet());
app.use(rateLimit({ windowMs: 60_000, limit: 100 }));
app.use(express.json({ limit: '10kb' }));
app.use('/api', enrolment);
app.use('/api', staff);

console.log('database', process.env.CAMPUS_DB ? 'configured' : 'missing');
app.listen(Number(process.env.PORT) || 3000);
