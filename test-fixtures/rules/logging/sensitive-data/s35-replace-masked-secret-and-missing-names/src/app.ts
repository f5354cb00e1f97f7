import crypto from 'crypto';
import express from 'express';
import winston from 'winston';

const logger = winston.createLogger({ level: 'debug', transports: [new winston.transports.Console()] });
const merchantSecret = process.env.MERCHANT_SECRET ?? '';
const apiKey = process.env.GATEWAY_API_KEY;

function sign(fields: string[]): string {
  const signatureString = fields.join(';') + ';' + merchantSecret;
  const signature = crypto.createHash('md5').update(signatureString).digest('hex');
  // the secret is cut out of the signed text before it is logged
  logger.debug('signature made', { signatureString: signatureString.replace(merchantSecret, '***'), signature });
  return signature;
}

function verificationLink(token: string): string {
  const link = `https://example.org/verify?token=${token}`;
  logger.info('verification link made', { link: link.replace(token, '[TOKEN]') });
  // a pattern replaced is no mask of the token
  logger.info('verification link', { token: token.replace(/-/g, '') }); // expect: logging/sensitive-data
  return link;
}

function checkConfigured(): boolean {
  if (!apiKey || !merchantSecret) {
    const missingCredentials: string[] = [];
    if (!apiKey) missingCredentials.push('gateway API key');
    if (!merchantSecret) missingCredentials.push('merchant secret');
    // the names of what is not set
    logger.error('payment gateway not configured', { missingCredentials, hasApiKey: Boolean(apiKey) });
    return false;
  }
  return true;
}

const app = express();
app.use(express.json());
app.post('/invoices', (req, res) => {
  if (!checkConfigured()) return res.status(503).json({ error: 'unavailable' });
  res.json({ signature: sign([String(req.body.orderId), String(req.body.amount)]), link: verificationLink(crypto.randomUUID()) });
});
app.listen(3000);
