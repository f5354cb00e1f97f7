import express from 'express';
import { DisputesService } from './disputes';

const app = express();
app.use(express.json());
const disputes = new DisputesService();

// the links go to a parameter the service never reads: nothing to validate
app.post('/disputes/:id/evidence', async (req, res) => {
  res.json(await disputes.addEvidence(req.params.id, req.body.evidence_urls));
});

// the note is stored as sent
app.post('/disputes/:id/notes', async (req, res) => {
  res.json(await disputes.addNote(req.params.id, req.body.note)); // expect: validation/unvalidated-input[warning]
});

app.listen(3000);
