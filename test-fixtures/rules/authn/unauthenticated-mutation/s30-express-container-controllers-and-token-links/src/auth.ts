import jwt from 'jsonwebtoken'
import { NextFunction, Request, Response } from 'express'

export function authenticate(req: Request & { user?: unknown }, res: Response, next: NextFunction) {
  const header = req.headers.authorization
  if (!header?.startsWith('Bearer ')) return res.status(401).json({ error: 'Unauthorized' })
  try {
    req.user = jwt.verify(header.slice(7), process.env.JWT_SECRET as string, { algorithms: ['HS256'] })
    return next()
  } catch {
    return res.status(401).json({ error: 'Unauthorized' })
  }
}
