import { MigrationInterface, QueryRunner } from 'typeorm';

export class Shortlists1795776611039 implements MigrationInterface {
  name = 'Shortlists1795776611039';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "shortlists" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "name_key" character varying(240) NOT NULL, "description" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cef7d8cee850bbdd9205a9dcd46" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_shortlists_organization_created" ON "shortlists"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_shortlists_organization_name" ON "shortlists"  ("organization_id", "name_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "shortlist_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "shortlist_id" uuid NOT NULL, "project_id" uuid NOT NULL, "note" text, "tags" jsonb NOT NULL DEFAULT '[]', "project_title" jsonb NOT NULL DEFAULT '{}', "added_by_id" uuid, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4b49bb8061afea8926d9d31e404" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_shortlist_items_project" ON "shortlist_items"  ("project_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_shortlist_items_shortlist_project" ON "shortlist_items"  ("shortlist_id", "project_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "shortlists" ADD CONSTRAINT "FK_3e5ffb3e3173cb5202f626fff45" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shortlists" ADD CONSTRAINT "FK_2a4e817bb2d7e1baf4d7e4ac1e1" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shortlist_items" ADD CONSTRAINT "FK_a95096d2ee4244d1e68c57248ac" FOREIGN KEY ("shortlist_id") REFERENCES "shortlists"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shortlist_items" ADD CONSTRAINT "FK_f366c51655916d64e1d22bc904e" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "shortlist_items" ADD CONSTRAINT "FK_ba1c5048767b48819cfaae8bba0" FOREIGN KEY ("added_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "shortlist_items" DROP CONSTRAINT "FK_ba1c5048767b48819cfaae8bba0"`);
    await queryRunner.query(`ALTER TABLE "shortlist_items" DROP CONSTRAINT "FK_f366c51655916d64e1d22bc904e"`);
    await queryRunner.query(`ALTER TABLE "shortlist_items" DROP CONSTRAINT "FK_a95096d2ee4244d1e68c57248ac"`);
    await queryRunner.query(`ALTER TABLE "shortlists" DROP CONSTRAINT "FK_2a4e817bb2d7e1baf4d7e4ac1e1"`);
    await queryRunner.query(`ALTER TABLE "shortlists" DROP CONSTRAINT "FK_3e5ffb3e3173cb5202f626fff45"`);
    await queryRunner.query(`DROP INDEX "public"."uq_shortlist_items_shortlist_project"`);
    await queryRunner.query(`DROP INDEX "public"."ix_shortlist_items_project"`);
    await queryRunner.query(`DROP TABLE "shortlist_items"`);
    await queryRunner.query(`DROP INDEX "public"."uq_shortlists_organization_name"`);
    await queryRunner.query(`DROP INDEX "public"."ix_shortlists_organization_created"`);
    await queryRunner.query(`DROP TABLE "shortlists"`);
  }
}
