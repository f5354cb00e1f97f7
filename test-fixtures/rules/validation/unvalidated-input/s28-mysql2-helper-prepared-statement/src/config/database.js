import mysql from 'mysql2/promise';

const pool = mysql.createPool({ uri: process.env.DATABASE_URL, connectionLimit: 10 });

// every statement of the models goes through here: a prepared statement, its values sent apart from the text
export const query = async (sql, params) => {
  const [rows] = await pool.execute(sql, params);
  return rows;
};

// the reports use the text protocol, which writes an object value into the SQL
export const rawQuery = async (sql, params) => {
  const [rows] = await pool.query(sql, params);
  return rows;
};
