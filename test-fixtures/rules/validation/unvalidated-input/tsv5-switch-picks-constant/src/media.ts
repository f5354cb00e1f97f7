import express, { Request, Response } from 'express';
import multer from 'multer';
import { randomUUID } from 'crypto';
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({});
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 2 * 1024 * 1024 } });
const app = express();

// the kind only picks one of three fixed folders; the value itself goes nowhere
app.post('/media', upload.single('file'), async (req: Request, res: Response) => {
  if (!req.file) return res.status(400).json({ error: 'file required' });
  const kind = req.body.kind || 'listing';
  let folder: string;
  switch (kind) {
    case 'profile':
      folder = 'profiles';
      break;
    case 'banner':
      folder = 'banners';
      break;
    default:
      folder = 'listings';
  }
  const key = `${folder}/${randomUUID()}`;
  await s3.send(new PutObjectCommand({ Bucket: 'media', Key: key, Body: req.file.buffer }));
  res.status(201).json({ key });
});

// a switch whose default keeps the value as sent: it becomes part of the object key
app.post('/media/raw', upload.single('file'), async (req: Request, res: Response) => {
  if (!req.file) return res.status(400).json({ error: 'file required' });
  const kind = req.body.kind || 'listing'; // expect: validation/unvalidated-input
  let folder: string;
  switch (kind) {
    case 'profile':
      folder = 'profiles';
      break;
    default:
      folder = kind;
  }
  await s3.send(new PutObjectCommand({ Bucket: 'media', Key: `${folder}/${randomUUID()}`, Body: req.file.buffer }));
  res.status(201).json({ folder });
});

app.listen(3000);
