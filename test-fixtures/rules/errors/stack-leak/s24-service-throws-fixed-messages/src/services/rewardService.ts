import { db } from '../db/pool';

class ServiceError extends Error {
  constructor(public status: number, message: string, public details?: Record<string, string>) {
    super(message);
  }
}

export class RewardService {
  async balance(memberId: string): Promise<number> {
    try {
      const r = await db().query('SELECT points FROM members WHERE id = $1', [memberId]);
      return r.rows[0]?.points ?? 0;
    } catch (err) {
      console.error('balance lookup failed', err);
      throw new ServiceError(500, 'Could not read the balance', { code: 'BALANCE' });
    }
  }

  async grant(memberId: string, points: number): Promise<string> {
    try {
      if (points <= 0) throw new Error('Points must be positive');
      const r = await db().query('INSERT INTO grants (member_id, points) VALUES ($1, $2) RETURNING id', [memberId, points]);
      return r.rows[0].id;
    } catch (err) {
      console.error('grant failed', err);
      throw new Error('Could not grant the points');
    }
  }

  async take(memberId: string, points: number): Promise<string> {
    try {
      const current = await this.balance(memberId);
      if (current < points) throw new Error('Not enough points');
      return this.grant(memberId, -points);
    } catch (err) {
      console.error('take failed', err);
      throw new Error('Could not take the points');
    }
  }

  // the connection is taken outside the try: a driver error (host, port) goes up as it is
  async transfer(from: string, to: string, points: number): Promise<void> {
    const client = await db().connect();
    try {
      await client.query('BEGIN');
      await client.query('UPDATE members SET points = points - $2 WHERE id = $1', [from, points]);
      await client.query('UPDATE members SET points = points + $2 WHERE id = $1', [to, points]);
      await client.query('COMMIT');
    } catch (err) {
      throw new Error('Could not transfer the points');
    } finally {
      client.release();
    }
  }

  // hands the caught error on
  async history(memberId: string): Promise<unknown[]> {
    try {
      const r = await db().query('SELECT * FROM grants WHERE member_id = $1', [memberId]);
      return r.rows;
    } catch (err) {
      console.error('history failed', err);
      throw err;
    }
  }
}

export const rewardService = new RewardService();
