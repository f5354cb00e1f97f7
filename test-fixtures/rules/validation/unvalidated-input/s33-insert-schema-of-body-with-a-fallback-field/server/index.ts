import express from 'express';
import { z } from 'zod';
import { insertFolderSchema } from '@shared/schema';
import { saveFolder, moveFolder } from './store';

const app = express();
app.use(express.json());

// the body with the owner and a null parent filled in is parsed by the table's schema: every field it keeps is checked
app.post('/api/folders', async (req: any, res) => {
  try {
    const data = insertFolderSchema.parse({ ...req.body, userId: req.get('x-user'), parentId: req.body.parentId || null });
    res.status(201).json(await saveFolder(data));
  } catch (error) {
    if (error instanceof z.ZodError) return res.status(400).json({ message: 'Invalid data' });
    res.status(500).json({ message: 'Failed' });
  }
});

// the target folder is read apart and used as it came, outside the parsed object
app.post('/api/folders/move', async (req: any, res) => {
  try {
    const data = insertFolderSchema.parse({ ...req.body, userId: req.get('x-user') }); // expect: validation/unvalidated-input
    await moveFolder(data.name, req.body.targetId);
    res.status(204).end();
  } catch (error) {
    if (error instanceof z.ZodError) return res.status(400).json({ message: 'Invalid data' });
    res.status(500).json({ message: 'Failed' });
  }
});

app.listen(5000);
