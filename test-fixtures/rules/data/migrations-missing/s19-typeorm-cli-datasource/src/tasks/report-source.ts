import { DataSource } from 'typeorm';

// a second connection the server opens for reports: this one does alter the tables on start
export const reportSource = new DataSource({ // expect: data/migrations-missing
  type: 'postgres',
  url: process.env.REPORTS_URL,
  entities: ['src/**/*.entity.ts'],
  synchronize: true,
});
