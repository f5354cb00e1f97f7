import { Router } from 'express';
import { Reply } from './reply';
import { storage } from './storage';

export const files = Router();

files.get('/', async (req, res) => {
  try {
    res.json(Reply.ok(await storage.list()));
  } catch (err) {
    console.error('listing failed', err);
    res.json(Reply.failure('Could not list the files'));
  }
});

files.post('/', async (req, res) => {
  const out: Record<string, unknown> = {};
  try {
    out.data = await storage.put(String(req.body.name));
    out.success = true;
    res.status(200).send(out);
  } catch (err) {
    out.status = 503;
    out.success = false;
    out.message = 'Storage unavailable';
    console.log(out);
    res.status(200).send(out);
  }
});
