import { DataSource } from 'typeorm';

// handed to the TypeORM CLI only (see package.json): its migration commands switch synchronize off before connecting
export default new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: ['src/**/*.entity.ts'],
  migrations: ['src/migrations/*.ts'],
  synchronize: true,
});
