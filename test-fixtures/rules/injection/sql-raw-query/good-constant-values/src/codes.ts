import { pool, source } from './lib/db';
import { TicketState, settings, ARCHIVE_TABLE } from './lib/constants';

const COLUMN_FOR = { newest: 'created_at', oldest: 'created_at DESC' } as const;

export class CodeService {
  private readonly cooldownMinutes: number;

  constructor() {
    this.cooldownMinutes = 3;
  }

  // a class field set once from a number in the constructor
  async recentCodes(email: string) {
    return pool.query(`SELECT count(*) FROM codes WHERE email = $1 AND created_at > now() - interval '${this.cooldownMinutes} minutes'`, [email]);
  }

  // imported enum members and a constant settings object, on a chained query builder
  async openTickets() {
    return source.createQueryBuilder('t')
      .where(`t.state = '${TicketState.OPEN}'`)
      .andWhere(`t.owner <> '${settings.support.inbox}'`)
      .getMany();
  }

  // a savepoint name made from the clock and a random number
  async inSavepoint() {
    const name = `sp_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    await pool.query(`SAVEPOINT ${name}`);
    await pool.query(`RELEASE SAVEPOINT ${name}`);
  }

  // a table named after an imported constant and a column picked from a constant map
  async archive(order: keyof typeof COLUMN_FOR) {
    const stamp = new Date().toISOString().slice(0, 10);
    return pool.query(`SELECT * FROM ${ARCHIVE_TABLE} WHERE day < '${stamp}' ORDER BY ${COLUMN_FOR[order]}`);
  }
}
