const express = require('express');
const { celebrate, errors, Joi, Segments } = require('celebrate');
const { Pool } = require('pg');

const pool = new Pool();
const app = express(); // expect: errors/global-handler-missing[warning]
app.use(express.json());

app.post('/donations', celebrate({ [Segments.BODY]: Joi.object({ cause: Joi.string().required(), amount: Joi.number().positive().required() }) }), async (req, res) => {
  const { rows } = await pool.query('INSERT INTO donations (cause, amount) VALUES ($1, $2) RETURNING id', [req.body.cause, req.body.amount]);
  res.status(201).json(rows[0]);
});

// answers failed validations with a 400; a database error still goes to Express's default handler
app.use(errors());

app.listen(3000);
