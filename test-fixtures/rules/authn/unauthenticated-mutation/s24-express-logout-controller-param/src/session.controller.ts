import { Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import { TokenStore, digest } from './tokens';

const announcements: string[] = [];

export class SessionController {
  constructor(private readonly store: TokenStore) {}

  me = async (req: Request, res: Response) => {
    const claims = jwt.verify(req.cookies.access, process.env.JWT_SECRET as string);
    res.json(claims);
  };

  // ends the caller's own session: revokes the refresh token it presents and clears the cookie
  logout = async (req: Request, res: Response) => {
    const presented = req.cookies?.refresh;
    if (presented) {
      await this.store.revoke(digest(presented));
    }
    res.clearCookie('refresh');
    res.json({ ok: true });
  };

  // posts to a board every visitor sees, with no check of who posts
  announce = async (req: Request, res: Response) => {
    announcements.push(String(req.body.text));
    res.status(201).json({ count: announcements.length });
  };
}
