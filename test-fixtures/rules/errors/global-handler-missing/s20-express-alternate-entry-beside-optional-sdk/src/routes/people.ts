import { Router } from 'express';
import { sealRecord } from '../services/sealing';

export const peopleRoutes = Router();

peopleRoutes.post('/', (req, res) => {
  res.status(201).json(sealRecord(req.body));
});
