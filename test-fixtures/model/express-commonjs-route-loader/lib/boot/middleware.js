const express = require('express');
const helmet = require('helmet');
const cors = require('cors');
const rateLimit = require('express-rate-limit');

const stack = [helmet(), cors({ origin: ['https://shop.example.net'] }), rateLimit({ windowMs: 60000, limit: 90 }), express.json()];

module.exports = (server) => {
  stack.forEach((mw) => {
    server.use(mw);
  });
};
