import express from 'express';
import { CrewModel } from './models/crew.model.js';

const app = express();

app.get('/api/crews', async (req, res, next) => {
  try {
    const crews = await CrewModel.findAll({ site_id: req.query.site_id });
    res.json({ data: crews });
  } catch (err) {
    next(err);
  }
});

app.get('/api/shifts/report', async (req, res, next) => {
  try {
    const rows = await CrewModel.shiftReport({ crew_id: req.query.crew_id }); // expect: validation/unvalidated-input
    res.json({ data: rows });
  } catch (err) {
    next(err);
  }
});

app.listen(4000);
