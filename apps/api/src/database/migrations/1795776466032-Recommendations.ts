import { MigrationInterface, QueryRunner } from 'typeorm';

export class Recommendations1795776466032 implements MigrationInterface {
  name = 'Recommendations1795776466032';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "market_preferences" ("organization_id" uuid NOT NULL, "field_codes" jsonb NOT NULL DEFAULT '[]', "stages" jsonb NOT NULL DEFAULT '[]', "trl_min" smallint, "trl_max" smallint, "ticket_min_usd" bigint, "ticket_max_usd" bigint, "offers" jsonb NOT NULL DEFAULT '[]', "cities" jsonb NOT NULL DEFAULT '[]', "updated_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f7fceae4ff8c77ae26dced719ef" PRIMARY KEY ("organization_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "market_preferences" ADD CONSTRAINT "FK_f7fceae4ff8c77ae26dced719ef" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "market_preferences" DROP CONSTRAINT "FK_f7fceae4ff8c77ae26dced719ef"`,
    );
    await queryRunner.query(`DROP TABLE "market_preferences"`);
  }
}
