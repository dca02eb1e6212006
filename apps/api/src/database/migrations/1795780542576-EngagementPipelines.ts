import { MigrationInterface, QueryRunner } from 'typeorm';

export class EngagementPipelines1795780542576 implements MigrationInterface {
  name = 'EngagementPipelines1795780542576';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "engagement_milestones" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "due_on" date NOT NULL, "done_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bcb42b407d5e5e3dbd03534ce0f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_engagement_milestones_due" ON "engagement_milestones"  ("due_on") WHERE "done_at" IS NULL AND "reminded_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_engagement_milestones_engagement" ON "engagement_milestones"  ("engagement_id", "due_on") `,
    );
    await queryRunner.query(`ALTER TABLE "engagements" ADD "registered_company_name" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "engagements" ADD "registration_number" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "engagements" ADD "registered_on" date`);
    await queryRunner.query(
      `ALTER TABLE "engagement_milestones" ADD CONSTRAINT "FK_161549f6878e3205364542a8345" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "engagement_milestones" DROP CONSTRAINT "FK_161549f6878e3205364542a8345"`,
    );
    await queryRunner.query(`ALTER TABLE "engagements" DROP COLUMN "registered_on"`);
    await queryRunner.query(`ALTER TABLE "engagements" DROP COLUMN "registration_number"`);
    await queryRunner.query(`ALTER TABLE "engagements" DROP COLUMN "registered_company_name"`);
    await queryRunner.query(`DROP INDEX "public"."ix_engagement_milestones_engagement"`);
    await queryRunner.query(`DROP INDEX "public"."ix_engagement_milestones_due"`);
    await queryRunner.query(`DROP TABLE "engagement_milestones"`);
  }
}
