const fs = require('fs');
const https = require('https');
const { Pool } = require('pg');

if (process.env.NODE_ENV === 'development') {
  // the local proxy uses a self-signed certificate
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

const isDev = process.env.NODE_ENV !== 'production';

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: isDev ? { rejectUnauthorized: false } : { ca: fs.readFileSync('certs/rds-ca.pem', 'utf8'), rejectUnauthorized: true },
});

const agent = new https.Agent({
  ca: fs.readFileSync('certs/internal-ca.pem'),
  rejectUnauthorized: process.env.NODE_ENV === 'production',
});

module.exports = { pool, agent };
