const express = require('express');
const router = express.Router();
const store = require('../store');
const { verifyToken } = require('../middleware/guards');

router.post('/', verifyToken, async (req, res) => { // expect: errors/async-handler-unwrapped
  const n = await store.insertNote({ text: req.body.text, by: req.user.id }); // expect: validation/unvalidated-input
  res.status(201).json(n);
});

router.put('/:id', async (req, res) => { // expect: authn/unauthenticated-mutation, errors/async-handler-unwrapped
  await store.updateNote(req.params.id, req.body.text); // expect: validation/unvalidated-input
  res.json({ ok: true });
});

router.get('/:id', verifyToken, async (req, res) => { // expect: errors/async-handler-unwrapped
  res.json(await store.findNote(req.params.id));
});

router.get('/recent', verifyToken, async (req, res) => {
  res.json(await store.recentNotes());
});

module.exports = router;
