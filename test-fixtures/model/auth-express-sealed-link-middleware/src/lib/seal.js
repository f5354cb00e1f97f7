import crypto from 'crypto';

const LINK_KEY = Buffer.from(process.env.PARTNER_LINK_KEY || '', 'base64');

// Opens the sealed value a partner portal puts in its links: iv | md5(email) | AES-256-CBC(email).
export function openPartnerLink(sealed) {
  try {
    const raw = Buffer.from(sealed, 'base64');
    const iv = raw.subarray(0, 16);
    const digest = raw.subarray(16, 32);
    const decipher = crypto.createDecipheriv('aes-256-cbc', LINK_KEY, iv);
    const plain = Buffer.concat([decipher.update(raw.subarray(32)), decipher.final()]).toString('utf8').trim();
    const check = crypto.createHash('md5').update(plain).digest();
    return check.equals(digest) ? plain : null;
  } catch {
    return null;
  }
}

// Reads the display theme a partner may pass along; any value opens to something or to the default.
export function openTheme(sealed) {
  try {
    const decipher = crypto.createDecipheriv('aes-256-cbc', LINK_KEY, Buffer.alloc(16));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    return 'light';
  }
}
