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

  // a lookup sits in the loop, but what it looks up is the member row, not the drawn value: the id is not checked unused
  async inviteIds(memberIds: string[]): Promise<string[]> {
    const out: string[] = [];
    for (const m of memberIds) {
      const inviteId = this.PREFIX + String(Math.floor(Math.random() * this.RANGE)); // expect: authn/insecure-random
      if (await this.numberExists(m)) out.push(inviteId);
    }
    return out;
  }

  async shareLinkId(): Promise<string> {
    const shareId = this.PREFIX + String(Math.floor(Math.random() * this.RANGE)); // expect: authn/insecure-random
    return shareId;
  }
}
