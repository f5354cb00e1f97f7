import { Inject, Service } from 'typedi';
import type { Request, Response } from 'express';
import type { MemberDesk } from './services/members';

// The desk is injected by its interface; the one class implementing it hashes the password.
@Service()
export class MembersController {
  @Inject('MemberDesk')
  private readonly desk!: MemberDesk;

  async enrolMember(req: Request, res: Response) {
    res.status(201).json({ id: await this.desk.register(req.body) });
  }
}
