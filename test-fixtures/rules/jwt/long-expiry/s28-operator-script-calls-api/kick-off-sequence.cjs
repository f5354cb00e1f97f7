#!/usr/bin/env node
// run by hand on the server: start one stuck sequence through the API
const jwt = require('jsonwebtoken');
const axios = require('axios');

async function main() {
  // a token for the owner of the sequence, used for this one call
  const token = jwt.sign({ sub: process.argv[2], org: process.argv[3] }, process.env.JWT_SECRET, { expiresIn: '1h' });
  const res = await axios.post(`http://localhost:4000/api/sequences/${process.argv[4]}/start`, {}, {
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
  });
  console.log('started:', res.status);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
