const express = require('express');
const mysql = require('mysql2/promise');
const prisma = require('./prisma');
const { tablesOf } = require('./connector');

const pool = mysql.createPool({ uri: process.env.REPORTS_URL });
const app = express();
app.use(express.json());

// the thread slug only looks a thread up through Prisma, converted to text first: mysql2 never sees it
app.get('/notes', async (req, res) => {
  const { threadSlug } = req.query;
  const thread = threadSlug ? await prisma.thread.findFirst({ where: { slug: String(threadSlug) } }) : null;
  const notes = await prisma.note.findMany({ where: { threadId: thread ? thread.id : null } });
  res.json(notes);
});

// the same value also fills a ? of mysql2's query, which expands an object sent in its place
app.get('/notes/report', async (req, res) => {
  const { threadSlug } = req.query; // expect: validation/unvalidated-input
  const thread = await prisma.thread.findFirst({ where: { slug: String(threadSlug) } });
  const [rows] = await pool.query('SELECT day, total FROM note_stats WHERE slug = ?', [threadSlug]);
  res.json({ thread, rows });
});

app.get('/connector/tables', async (req, res) => {
  res.json(await tablesOf(process.env.CUSTOMER_URL));
});

app.listen(3000);
