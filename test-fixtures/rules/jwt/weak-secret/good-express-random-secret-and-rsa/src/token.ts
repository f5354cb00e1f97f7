import { readFileSync } from 'fs';
import jwt from 'jsonwebtoken';

const privateKey = readFileSync(process.env.JWT_PRIVATE_KEY_PATH ?? 'keys/private.pem');

export function issue(userId: string) {
  return jwt.sign({ sub: userId }, privateKey, { algorithm: 'RS256', expiresIn: '15m' });
}

export function issueService(name: string) {
  return jwt.sign({ sub: name }, process.env.SERVICE_SECRET || 'q8Z2vN7xK4pL9mR3tW6yB1cF5hJ0sD8gA2eU7iO4', { expiresIn: '5m' });
}
