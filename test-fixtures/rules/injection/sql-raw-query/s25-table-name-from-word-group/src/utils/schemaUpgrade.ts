import fs from 'fs';
import path from 'path';
import { db } from '../db';

function columnExists(table: string, column: string): boolean {
  const rows = db.prepare(`PRAGMA table_info(${table});`).all() as { name: string }[];
  return rows.some((r) => r.name === column);
}

function indexExists(name: string): boolean {
  const rows = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name = '${name}'`).all(); // expect: injection/sql-raw-query
  return rows.length > 0;
}

// each ALTER of the upgrade files is skipped when its column is there already; the table name is one run of word characters
export function applyUpgrades(dir: string): void {
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()) {
    const statements = fs.readFileSync(path.join(dir, file), 'utf8').split(';').map((s) => s.trim()).filter(Boolean);
    for (const stmt of statements) {
      const alter = stmt.match(/ALTER\s+TABLE\s+(\w+)\s+ADD\s+COLUMN\s+(\w+)/i);
      if (alter) {
        const [, table, column] = alter;
        if (columnExists(table, column)) continue;
      }
      // an index name is whatever follows INDEX up to the next space: any text but white space
      const index = stmt.match(/CREATE\s+INDEX\s+(\S+)/i);
      if (index && indexExists(index[1])) continue;
      db.exec(stmt);
    }
  }
}
