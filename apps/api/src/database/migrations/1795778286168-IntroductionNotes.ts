import { MigrationInterface, QueryRunner } from 'typeorm';

export class IntroductionNotes1795778286168 implements MigrationInterface {
  name = 'IntroductionNotes1795778286168';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "introduction_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "introduction_id" uuid NOT NULL, "side" character varying(12) NOT NULL, "author_user_id" uuid, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_50ed28031a529d88bea0bb5cddb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_introduction_notes_introduction" ON "introduction_notes"  ("introduction_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "introduction_notes" ADD CONSTRAINT "FK_e24ce653734b07cef9336345262" FOREIGN KEY ("introduction_id") REFERENCES "introductions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "introduction_notes" ADD CONSTRAINT "FK_aa7608b3a474fc625da3deec4c8" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "introduction_notes" DROP CONSTRAINT "FK_aa7608b3a474fc625da3deec4c8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "introduction_notes" DROP CONSTRAINT "FK_e24ce653734b07cef9336345262"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_introduction_notes_introduction"`);
    await queryRunner.query(`DROP TABLE "introduction_notes"`);
  }
}
