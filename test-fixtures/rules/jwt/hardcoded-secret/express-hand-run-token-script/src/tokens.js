import jwt from 'jsonwebtoken';

// the server reads the secret from the environment only: no fallback
export const issueToken = (user) => jwt.sign({ sub: user.id, roles: user.roles }, process.env.JWT_SECRET, { expiresIn: '1h' });
export const readToken = (token) => jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
