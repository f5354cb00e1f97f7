const jwt = require('jsonwebtoken');
const axios = require('axios');

// the server's own assertion to a vendor's API: an issuer, an audience, no user
function vendorAssertion() {
  const now = Math.floor(Date.now() / 1000);
  return jwt.sign({ iss: process.env.VENDOR_ISSUER_ID, iat: now, exp: now + 3600, aud: 'vendor-api-v1' },
    process.env.VENDOR_PRIVATE_KEY, { algorithm: 'ES256', header: { alg: 'ES256', kid: process.env.VENDOR_KEY_ID } });
}

async function receipts(id) {
  const res = await axios.get(`https://vendor.example.com/v1/receipts/${id}`, { headers: { Authorization: `Bearer ${vendorAssertion()}` } });
  return res.data;
}

module.exports = { receipts };
