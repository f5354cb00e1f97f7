import { generateToken } from '../../src/middleware/auth.mjs';

// tokens for the suite's requests
export const tokenFor = (user) => generateToken({ id: user.id, role: user.role || 'user' }, '1h');
