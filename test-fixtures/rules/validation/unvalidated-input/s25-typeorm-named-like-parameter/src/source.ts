import { DataSource } from 'typeorm';
import { Plate } from './plate.entity';

export const source = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL, entities: [Plate] });
