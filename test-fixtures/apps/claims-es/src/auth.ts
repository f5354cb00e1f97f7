import bcrypt from 'bcryptjs';
import { NextFunction, Request, Response, Router } from 'express';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { config } from './config';
import { Usuario } from './models';

declare global {
  namespace Express {
    interface Request {
      usuarioId?: string;
    }
  }
}

const loginSchema = z.object({
  email: z.string().email(),
  password: z.string().min(1).max(128),
});

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, '');
  if (!token) {
    return res.status(401).json({ error: 'Token requerido' });
  }
  try {
    const payload = jwt.verify(token, config.JWT_SECRET, { algorithms: ['HS256'] }) as jwt.JwtPayload;
    req.usuarioId = payload.sub;
    next();
  } catch {
    return res.status(401).json({ error: 'Token inválido o expirado' });
  }
}

export const authRouter = Router();

authRouter.post('/login', async (req, res) => {
  const { email, password } = loginSchema.parse(req.body);
  const usuario = await Usuario.findOne({ email: email.toLowerCase() });
  if (!usuario || !(await bcrypt.compare(password, usuario.passwordHash))) {
    return res.status(401).json({ error: 'Credenciales incorrectas' });
  }
  const token = jwt.sign({}, config.JWT_SECRET, {
    algorithm: 'HS256',
    expiresIn: '15m',
    subject: usuario.id,
  });
  res.json({ token });
});
