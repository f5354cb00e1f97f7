const express = require('express');
const multer = require('multer');
const cloudinary = require('cloudinary').v2;
const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');

const app = express();
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 4 * 1024 * 1024 } });
const s3 = new S3Client({ region: process.env.AWS_REGION });

// the draw only keeps two dishes' pictures apart: public_id is the image's name in its public URL
function storeDishImage(buffer) {
  return new Promise((resolve, reject) => {
    const stream = cloudinary.uploader.upload_stream(
      {
        resource_type: 'image',
        public_id: `canteen/dishes/${Date.now()}-${Math.random().toString(36).slice(2, 11)}`,
        folder: 'canteen/dishes',
      },
      (error, result) => (error ? reject(error) : resolve(result.secure_url)),
    );
    stream.end(buffer);
  });
}

app.post('/dishes/:id/image', upload.single('image'), async (req, res) => {
  res.status(201).json({ url: await storeDishImage(req.file.buffer) });
});

// the S3 key of a receipt scan: a name, the bucket's policy decides who reads it
app.post('/receipts', upload.single('scan'), async (req, res) => {
  const objectId = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await s3.send(new PutObjectCommand({ Bucket: process.env.RECEIPT_BUCKET, Key: `receipts/${objectId}.pdf`, Body: req.file.buffer }));
  res.status(201).json({ stored: true });
});

// the same draw kept as the access key of a download link and checked on download is a secret
const linkKeys = new Map();
app.post('/receipts/:id/link', (req, res) => {
  const accessKey = Math.random().toString(36).slice(2); // expect: authn/insecure-random
  linkKeys.set(req.params.id, accessKey);
  res.json({ url: `/receipts/${req.params.id}/download?key=${accessKey}` });
});

app.get('/receipts/:id/download', (req, res) => {
  if (linkKeys.get(req.params.id) !== req.query.key) return res.status(403).end();
  res.json({ id: req.params.id });
});

app.listen(3000);
