import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsers1735689600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid PRIMARY KEY DEFAULT gen_random_uuid(), "email" varchar UNIQUE NOT NULL, "name" varchar NOT NULL,
       "bio" varchar, "password_hash" varchar NOT NULL, "role" varchar NOT NULL DEFAULT 'member',
       "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now())`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
