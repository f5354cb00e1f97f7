import jwt from 'jsonwebtoken';
import config from 'config';

// key pairs stored base64-encoded in the environment, decoded to PEM text
function pem(name: 'accessPrivateKey' | 'accessPublicKey') {
  return Buffer.from(config.get<string>(name), 'base64').toString('ascii');
}

export function signAccess(payload: object) {
  return jwt.sign(payload, pem('accessPrivateKey'), { algorithm: 'RS256', expiresIn: '15m' });
}

export function verifyAccess(token: string) {
  return jwt.verify(token, pem('accessPublicKey'), { algorithms: ['RS256'] });
}
