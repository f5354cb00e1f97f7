import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1700000000000 implements MigrationInterface {
  async up(q: QueryRunner) {
    await q.query('CREATE TABLE "user" ("id" SERIAL PRIMARY KEY, "email" varchar NOT NULL)');
  }
  async down(q: QueryRunner) {
    await q.query('DROP TABLE "user"');
  }
}
