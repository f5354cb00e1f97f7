import { db } from './db';

export interface MemberUpdate {
  first_name?: string;
  last_name?: string;
  position?: string;
}

// one shared instance, handed out by a static method and exported as the module's default
export class CrewService {
  private static instance: CrewService;

  static getInstance(): CrewService {
    if (!CrewService.instance) CrewService.instance = new CrewService();
    return CrewService.instance;
  }

  // the SET list names the keys of what the caller hands in; the values are bound
  updateMember(id: string, input: MemberUpdate) {
    const fields: string[] = [];
    const values: unknown[] = [];
    Object.entries(input).forEach(([key, value]) => {
      if (value !== undefined) {
        fields.push(`${key} = ?`);
        values.push(value);
      }
    });
    if (fields.length === 0) return null;
    values.push(id);
    const stmt = db.prepare(`UPDATE crew_members SET ${fields.join(', ')} WHERE id = ?`);
    return stmt.run(...values);
  }

  // the same shape; its caller keeps every key the client sends
  updateShift(id: string, input: Record<string, unknown>) {
    const fields: string[] = [];
    const values: unknown[] = [];
    Object.entries(input).forEach(([key, value]) => {
      fields.push(`${key} = ?`);
      values.push(value);
    });
    values.push(id);
    const stmt = db.prepare(`UPDATE shifts SET ${fields.join(', ')} WHERE id = ?`); // expect: injection/sql-raw-query
    return stmt.run(...values);
  }
}

export default CrewService.getInstance();
