import { Router } from 'express';
import { NewPatient, PatientNote } from '../schemas/patient.schema';

const patients = new Map<string, { name: string; born: string; notes: string[] }>();
export const patientsRouter = Router();

patientsRouter.post('/', (req, res) => {
  const p = NewPatient.parse(req.body);
  const id = crypto.randomUUID();
  patients.set(id, { ...p, notes: [] });
  res.status(201).json({ id });
});

patientsRouter.post('/:id/notes', (req, res) => {
  const { text } = PatientNote.parse(req.body);
  patients.get(req.params.id)?.notes.push(text);
  res.status(204).end();
});
