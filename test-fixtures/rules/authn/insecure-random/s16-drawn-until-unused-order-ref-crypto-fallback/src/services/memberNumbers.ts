import { pool } from '../db';

export class MemberNumberService {
  private readonly PREFIX = '771';
  private readonly RANGE = 90000;

  private async numberExists(candidate: string): Promise<boolean> {
    const r = await pool.query('SELECT 1 FROM members WHERE member_number = $1', [candidate]);
    return r.rowCount > 0;
  }

  async nextMemberId(): Promise<string> {
    for (let tries = 0; tries < 20; tries++) {
      const memberId = this.PREFIX + String(10000 + Math.floor(Math.random() * this.RANGE));
      if (!(await this.numberExists(memberId))) return memberId;
    }
    throw new Error('no free member number');
  }

  async tempId(): Promise<string> {
    const memberId = this.PREFIX + String(Math.floor(Math.random() * this.RANGE)); // expect: authn/insecure-random
    return memberId;
  }
}
