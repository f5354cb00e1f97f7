import express from 'express';
import { createHandler } from 'graphql-http/lib/use/express';
import { buildSchema } from 'graphql';
import { Pool } from 'pg';

const pool = new Pool();

const schema = buildSchema(`
  type Query {
    searchBooks(title: String!): [String!]!
    bookByIsbn(isbn: String!): String
  }
`);

const rootValue = {
  searchBooks: async ({ title }: { title: string }) => {
    const res = await pool.query(`SELECT name FROM books WHERE title LIKE '%${title}%'`); // expect: injection/sql-raw-query
    return res.rows.map((r) => r.name);
  },
  bookByIsbn: async ({ isbn }: { isbn: string }) => {
    const res = await pool.query('SELECT name FROM books WHERE isbn = $1', [isbn]);
    return res.rows[0]?.name ?? null;
  },
};

const app = express();
app.all('/graphql', createHandler({ schema, rootValue }));
app.listen(4000);
