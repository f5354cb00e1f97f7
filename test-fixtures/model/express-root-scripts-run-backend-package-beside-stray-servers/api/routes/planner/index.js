const express = require('express');

const router = express.Router();
let notes;
try {
  notes = require('./notes.js');
} catch (error) {
  console.error('planner notes failed to load', error);
}
if (notes) router.use('/notes', notes);

module.exports = router;
