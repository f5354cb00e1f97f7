const express = require('express');
const { query, param, validationResult } = require('express-validator');
const { sequelize } = require('../db');

const router = express.Router();

function rejectInvalid(req, res, next) {
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return res.status(400).json({ errors: errors.array() });
  }
  next();
}

// the id must be a UUID, and the handler refuses the request when the check failed
router.get('/peers', [query('user_id').notEmpty().isUUID()], async (req, res) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    return res.status(400).json({ errors: errors.array() });
  }
  const { user_id } = req.query;
  const [rows] = await sequelize.query(`SELECT peer_id FROM peers WHERE user_id = '${user_id}'`);
  res.json(rows);
});

// the same check, refused by a middleware of the route
router.get('/courses/:courseId/peers', param('courseId').isInt(), rejectInvalid, async (req, res) => {
  const [rows] = await sequelize.query(`SELECT user_id FROM enrolments WHERE course_id = ${req.params.courseId}`);
  res.json(rows);
});

// the chain records a failure but nothing reads it: any text reaches the query
router.get('/peers/unchecked', [query('user_id').isUUID()], async (req, res) => {
  const [rows] = await sequelize.query(`SELECT peer_id FROM peers WHERE user_id = '${req.query.user_id}'`); // expect: injection/sql-raw-query
  res.json(rows);
});

// a length bound leaves quotes in
router.get('/peers/search', [query('name').isLength({ max: 40 })], async (req, res) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) return res.status(400).json({ errors: errors.array() });
  const [rows] = await sequelize.query(`SELECT id FROM users WHERE name LIKE '%${req.query.name}%'`); // expect: injection/sql-raw-query
  res.json(rows);
});

module.exports = router;
