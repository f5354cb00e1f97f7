import { Pool } from 'pg';

interface TeamPatch { title?: string; leadId?: string; archived?: boolean }

export class TeamStore {
  constructor(private readonly db: Pool) {}

  // each field the patch carries is copied under the table's own column name; nothing else gets in
  private toColumns(patch: TeamPatch): Record<string, unknown> {
    const row: Record<string, unknown> = {};
    if (patch.title !== undefined) row.title = patch.title;
    if (patch.leadId !== undefined) row.lead_id = patch.leadId;
    if (patch.archived !== undefined) row.is_archived = patch.archived;
    return row;
  }

  async update(id: string, patch: TeamPatch) {
    const sets: string[] = [];
    const values: unknown[] = [];
    Object.entries(this.toColumns(patch)).forEach(([column, value]) => {
      values.push(value);
      sets.push(`${column} = $${values.length}`);
    });
    values.push(id);
    await this.db.query(`UPDATE teams SET ${sets.join(', ')} WHERE id = $${values.length}`, values);
  }

  // the patch's own keys: whatever the client sent names the columns
  async updateRaw(id: string, patch: Record<string, unknown>) {
    const sets: string[] = [];
    const values: unknown[] = [];
    Object.entries(patch).forEach(([column, value]) => {
      values.push(value);
      sets.push(`${column} = $${values.length}`);
    });
    values.push(id);
    await this.db.query(`UPDATE teams SET ${sets.join(', ')} WHERE id = $${values.length}`, values); // expect: injection/sql-raw-query
  }
}
