import mysql from 'mysql2/promise';

const pool = mysql.createPool({ uri: process.env.DATABASE_URL });

export async function exec(sql: string, values: unknown[]) {
  const [rows] = await pool.execute(sql, values);
  return rows;
}
