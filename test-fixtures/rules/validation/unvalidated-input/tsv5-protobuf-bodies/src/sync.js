import express from 'express';
import Database from 'better-sqlite3';
import { SyncEnvelope } from '@ledger/protocol';

const db = new Database('ledger.db');
const app = express();
app.use(express.raw({ type: 'application/x-ledger-sync' }));
app.use(express.json());

// the bytes are decoded against the message schema; a malformed message throws
app.post('/sync', (req, res) => {
  let envelope;
  try {
    envelope = SyncEnvelope.deserializeBinary(req.body);
  } catch (e) {
    return res.status(400).send({ status: 'error', reason: 'bad-message' });
  }
  const insert = db.prepare('INSERT INTO changes (ledger_id, payload) VALUES (?, ?)');
  for (const change of envelope.getChangesList()) insert.run(envelope.getLedgerid(), change.getPayload());
  res.send({ status: 'ok' });
});

// a JSON body stored field by field as sent
app.post('/ledgers', (req, res) => {
  const { name, currency } = req.body; // expect: validation/unvalidated-input
  db.prepare('INSERT INTO ledgers (name, currency) VALUES (?, ?)').run(name, currency);
  res.status(201).send({ status: 'ok' });
});

app.listen(5006);
