import { PrismaClient } from '@prisma/client';
import knexFactory from 'knex';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { Sequelize, DataTypes } from 'sequelize';
import mongoose from 'mongoose';

export const prisma = new PrismaClient();
export const knex = knexFactory({ client: 'pg' });
export const pool = new pg.Pool();
export const dataSource = new DataSource({ type: 'postgres' });
const sequelize = new Sequelize(process.env.DATABASE_URL ?? '');
export const Order = sequelize.define('Order', { total: DataTypes.INTEGER });
export const Review = mongoose.model('Review', new mongoose.Schema({ text: String, productId: String }));
