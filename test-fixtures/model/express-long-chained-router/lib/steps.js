const { Router } = require('express');

// one chain of twenty registrations, exported as the router it returns
module.exports = Router()
  .get('/step1', (req, res) => res.json({ step: 1 }))
  .post('/step2', (req, res) => res.json({ step: 2 }))
  .put('/step3', (req, res) => res.json({ step: 3 }))
  .delete('/step4', (req, res) => res.json({ step: 4 }))
  .get('/step5', (req, res) => res.json({ step: 5 }))
  .post('/step6', (req, res) => res.json({ step: 6 }))
  .put('/step7', (req, res) => res.json({ step: 7 }))
  .delete('/step8', (req, res) => res.json({ step: 8 }))
  .get('/step9', (req, res) => res.json({ step: 9 }))
  .post('/step10', (req, res) => res.json({ step: 10 }))
  .put('/step11', (req, res) => res.json({ step: 11 }))
  .delete('/step12', (req, res) => res.json({ step: 12 }))
  .get('/step13', (req, res) => res.json({ step: 13 }))
  .post('/step14', (req, res) => res.json({ step: 14 }))
  .put('/step15', (req, res) => res.json({ step: 15 }))
  .delete('/step16', (req, res) => res.json({ step: 16 }))
  .get('/step17', (req, res) => res.json({ step: 17 }))
  .post('/step18', (req, res) => res.json({ step: 18 }))
  .put('/step19', (req, res) => res.json({ step: 19 }))
  .delete('/step20', (req, res) => res.json({ step: 20 }));
