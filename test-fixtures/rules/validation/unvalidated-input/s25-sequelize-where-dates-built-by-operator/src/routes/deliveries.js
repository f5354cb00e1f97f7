const express = require('express');
const { Op } = require('sequelize');
const { Delivery } = require('../models');

const router = express.Router();

// the window's ends are made Dates and put under Sequelize comparison operators of the where
router.get('/', async (req, res) => {
  const { from, until } = req.query;
  const where = { depotId: Number(req.headers['x-depot']) };
  if (from || until) {
    where.arrivedAt = {};
    if (from) where.arrivedAt[Op.gte] = new Date(from);
    if (until) where.arrivedAt[Op.lte] = new Date(until);
  }
  res.json(await Delivery.findAll({ where, order: [['arrivedAt', 'DESC']] }));
});

// the driver text goes under the operator as it came
router.get('/by-driver', async (req, res) => {
  const { driver } = req.query; // expect: validation/unvalidated-input
  const where = { depotId: Number(req.headers['x-depot']), driver: {} };
  where.driver[Op.iRegexp] = driver;
  res.json(await Delivery.findAll({ where }));
});

module.exports = router;
