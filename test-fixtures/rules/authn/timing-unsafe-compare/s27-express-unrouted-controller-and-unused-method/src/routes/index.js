const express = require('express');
const { listOfficers, createOfficer, rotateOfficerKey } = require('../controllers/officers');
const { Account } = require('../domain/account');

const router = express.Router();
const account = new Account(process.env.BOOTSTRAP_RESET_CODE);

router.get('/officers', listOfficers);
router.post('/officers', createOfficer);
router.post('/officers/rotate', rotateOfficerKey);
router.post('/account/confirm', (req, res) => {
  account.confirmWithCode(String(req.body.code));
  res.json({ confirmed: true });
});

module.exports = router;
