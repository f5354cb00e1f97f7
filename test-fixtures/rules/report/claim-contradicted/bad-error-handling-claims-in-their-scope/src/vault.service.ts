import crypto from 'crypto';

export function openSealed(sealed: string, key: Buffer): string | null {
  try {
    const [iv, body] = sealed.split('.');
    const d = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'hex'));
    return d.update(body, 'hex', 'utf8');
  } catch {
    return null;
  }
}
