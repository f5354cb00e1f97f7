const express = require('express');
const store = require('../store');

// TODO: add JWT authentication back once the mobile client sends tokens again
const router = express.Router();

router.get('/', (req, res) => res.json(store.vehicles.all()));

router.post('/', (req, res) => { // expect: authn/unauthenticated-mutation
  const plate = String(req.body.plate || '').toUpperCase();
  if (!/^[A-Z0-9-]{2,10}$/.test(plate)) return res.status(400).json({ error: 'invalid plate' });
  res.status(201).json(store.vehicles.add({ plate }));
});

router.delete('/:id', (req, res) => { // expect: authn/unauthenticated-mutation
  store.vehicles.remove(req.params.id);
  res.status(204).end();
});

module.exports = router;
