import knex from 'knex';
import { Sequelize } from 'sequelize';

export const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });
export const sequelize = new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres' });
