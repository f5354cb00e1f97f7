const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const coupons = express.Router();
coupons.get('/', async (req, res) => res.json((await pool.query('SELECT id, code FROM coupons LIMIT 50')).rows));
// the partner's integration checks only that this module is wired: a feature probe, not the service's readiness
coupons.get('/health', (req, res) => res.json({ integration: 'coupons', ok: true }));

const app = express();
app.use('/api/integrations/coupons', coupons);
app.get('/', (req, res) => res.send('coupon bridge'));
app.listen(3000);
