#!/usr/bin/env node
// prints a token for the support team to paste into their tool
const jwt = require('jsonwebtoken');

const token = jwt.sign({ sub: process.argv[2], role: 'support' }, process.env.JWT_SECRET, { expiresIn: '30d' }); // expect: jwt/long-expiry
console.log(token);
