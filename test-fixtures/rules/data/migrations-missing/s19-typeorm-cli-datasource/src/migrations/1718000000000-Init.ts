import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1718000000000 implements MigrationInterface {
  async up(q: QueryRunner) {
    await q.query('CREATE TABLE subscriber (id serial PRIMARY KEY, email text NOT NULL UNIQUE)');
  }
  async down(q: QueryRunner) {
    await q.query('DROP TABLE subscriber');
  }
}
