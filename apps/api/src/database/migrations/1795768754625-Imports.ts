import { MigrationInterface, QueryRunner } from 'typeorm';

export class Imports1795768754625 implements MigrationInterface {
  name = 'Imports1795768754625';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "import_jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "created_by_id" uuid, "file_name" character varying(200) NOT NULL, "file_size" integer NOT NULL, "format" character varying(8) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'PARSING', "total_rows" integer, "processed_rows" integer NOT NULL DEFAULT '0', "new_count" integer NOT NULL DEFAULT '0', "update_count" integer NOT NULL DEFAULT '0', "unchanged_count" integer NOT NULL DEFAULT '0', "invalid_count" integer NOT NULL DEFAULT '0', "error_count" integer NOT NULL DEFAULT '0', "errors" jsonb NOT NULL DEFAULT '[]', "columns" jsonb NOT NULL DEFAULT '[]', "ignored_columns" jsonb NOT NULL DEFAULT '[]', "sample" jsonb NOT NULL DEFAULT '[]', "rows" json, "failure_key" character varying(80), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "committed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4d206c602f173f98e4bb85819a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_import_jobs_status" ON "import_jobs"  ("status") `);
    await queryRunner.query(
      `CREATE INDEX "ix_import_jobs_competition_created" ON "import_jobs"  ("competition_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "import_jobs" ADD CONSTRAINT "FK_f28dfdd5b28aa261757cc1685c9" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_jobs" DROP CONSTRAINT "FK_f28dfdd5b28aa261757cc1685c9"`);
    await queryRunner.query(`DROP INDEX "public"."ix_import_jobs_competition_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_import_jobs_status"`);
    await queryRunner.query(`DROP TABLE "import_jobs"`);
  }
}
