import express from 'express';
import crypto from 'node:crypto';
import { nanoid } from 'nanoid';

const app = express();
app.use(express.json());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function withRetry<T>(fn: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (i >= attempts) throw e;
      const jitter = Math.random() * 100;
      await sleep(2 ** i * 100 + jitter);
    }
  }
}

app.post('/forgot', async (req, res) => {
  const resetToken = crypto.randomBytes(32).toString('base64url');
  const code = crypto.randomInt(100000, 1000000);
  const publicId = nanoid();
  await withRetry(() => Promise.resolve([resetToken, code, publicId, req.body.email]));
  res.sendStatus(202);
});

app.get('/banner', (req, res) => {
  const colors = ['red', 'green', 'blue'];
  res.json({ color: colors[Math.floor(Math.random() * colors.length)] });
});

app.use((req, res, next) => {
  if (Math.random() < 0.1) console.log('sampled request', req.path);
  next();
});

app.post('/upload', (req, res) => {
  const uniqueSuffix = Date.now() + '-' + Math.round(Math.random() * 1e9);
  res.json({ filename: `upload-${uniqueSuffix}` });
});

app.listen(3000);

export async function generateUniquePartnerCode(exists: (c: string) => Promise<boolean>) {
  for (let i = 0; i < 10; i++) {
    const code = Math.floor(100000 + Math.random() * 900000).toString();
    if (!(await exists(code))) return code;
  }
  throw new Error('no code');
}

export function mockCompletion(prompt: string) {
  return { content: `echo: ${prompt}`, tokens: Math.floor(Math.random() * 500 + 100) };
}

export const mockOtpCode = () => String(Math.floor(Math.random() * 1e6)).padStart(6, '0');

// Math.random only picks how long the password is; every character comes from the CSPRNG
export function generateRandomPassword() {
  const length = Math.floor(Math.random() * 41) + 24;
  return [...crypto.randomBytes(length)].map((b) => String.fromCharCode((b % 93) + 33)).join('');
}
