import jwt from 'jsonwebtoken';
import config from '../config';

export const signAccess = (userId: number) => jwt.sign({ userId }, config.jwt.secret, { expiresIn: config.jwt.accessTtl });
