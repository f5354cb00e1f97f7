const express = require('express');
const { DataSource } = require('typeorm');

const ds = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });
const app = express();

// the sort column is one of the allow-listed names (the option's default when left out): no text of the client's
async function search(dto) {
  const { search, sortBy = 'createdAt' } = dto;
  const qb = ds.getRepository('User').createQueryBuilder('user');
  if (search) qb.where('user.email LIKE :search', { search: `%${search}%` });
  const validSortFields = ['email', 'firstName', 'createdAt'];
  const sortField = validSortFields.includes(sortBy) ? sortBy : 'createdAt';
  qb.orderBy(`user.${sortField}`, 'DESC');
  return qb.getMany();
}

// the same defaulted option spliced in unchecked
async function list(dto) {
  const { sortBy = 'createdAt' } = dto;
  const qb = ds.getRepository('User').createQueryBuilder('user');
  qb.orderBy(`user.${sortBy}`, 'DESC'); // expect: injection/sql-raw-query
  return qb.getMany();
}

app.get('/users/search', async (req, res) => {
  res.json(await search(req.query));
});

app.get('/users', async (req, res) => {
  res.json(await list(req.query));
});

app.listen(3000);
