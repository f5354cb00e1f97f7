import jwt from 'jsonwebtoken';

export const testToken = jwt.sign({ sub: 1 }, 'test-secret');
