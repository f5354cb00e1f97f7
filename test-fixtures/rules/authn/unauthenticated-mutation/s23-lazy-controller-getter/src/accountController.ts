import type { Request, Response } from 'express';
import { AccountService } from './accountService';
import { db } from './db';

export class AccountController {
  private accounts: AccountService;

  constructor() {
    this.accounts = new AccountService(db);
  }

  signIn = async (req: Request, res: Response): Promise<void> => {
    try {
      const token = await this.accounts.signIn(String(req.body.email), String(req.body.password));
      res.json({ token });
    } catch (e) {
      res.status(401).json({ error: 'bad credentials' });
    }
  };

  renew = async (req: Request, res: Response): Promise<void> => {
    try {
      const token = await this.accounts.renew(String(req.cookies.refreshToken));
      res.json({ token });
    } catch (e) {
      res.status(401).json({ error: 'expired' });
    }
  };

  wipeNotes = async (req: Request, res: Response): Promise<void> => {
    await this.accounts.wipeNotes(String(req.body.classId));
    res.json({ ok: true });
  };

  me = async (req: Request, res: Response): Promise<void> => {
    res.json({ id: (req as any).user.sub });
  };
}
