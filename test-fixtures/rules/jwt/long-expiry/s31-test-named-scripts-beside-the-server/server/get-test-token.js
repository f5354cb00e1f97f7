#!/usr/bin/env node
import jwt from 'jsonwebtoken';

// prints a token for the seeded test user, to try the API with curl while developing
const payload = {
  userId: 'seed-user-1',
  teamId: 'seed-team-1',
  iat: Math.floor(Date.now() / 1000),
  exp: Math.floor(Date.now() / 1000) + 24 * 60 * 60,
};

console.log(jwt.sign(payload, process.env.JWT_SECRET));
