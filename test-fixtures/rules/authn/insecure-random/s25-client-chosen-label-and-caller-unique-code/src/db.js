const { DataSource, EntitySchema } = require('typeorm');

const Member = new EntitySchema({ name: 'Member', columns: { id: { type: Number, primary: true, generated: true }, name: { type: String }, userCode: { type: String }, pin: { type: String } } });
const dataSource = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, entities: [Member] });

module.exports = { dataSource, Member };
