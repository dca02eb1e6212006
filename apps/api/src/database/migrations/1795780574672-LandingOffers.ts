import { MigrationInterface, QueryRunner } from 'typeorm';

export class LandingOffers1795780574672 implements MigrationInterface {
  name = 'LandingOffers1795780574672';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "landing_offers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "park_organization_id" uuid NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'DRAFT', "title" jsonb NOT NULL, "description" jsonb, "city" character varying(120), "space_sqm" integer, "space_type" character varying(12), "rent_free_months" smallint, "rent_subsidy_per_sqm_month_by_year" jsonb NOT NULL DEFAULT '[]', "cash_grant_cny_minor" bigint, "tax_incentives" jsonb, "talent_support" jsonb, "housing_support" jsonb, "services" jsonb NOT NULL DEFAULT '[]', "services_note" jsonb, "target_field_codes" jsonb NOT NULL DEFAULT '[]', "deadline" TIMESTAMP WITH TIME ZONE, "rules" jsonb NOT NULL DEFAULT '{}', "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_968bd07e7b5b16542363b1afa72" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_landing_offers_park" ON "landing_offers"  ("park_organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_landing_offers_status" ON "landing_offers"  ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "landing_applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "offer_id" uuid NOT NULL, "project_id" uuid NOT NULL, "startup_organization_id" uuid NOT NULL, "park_organization_id" uuid NOT NULL, "origin" character varying(8) NOT NULL, "status" character varying(12) NOT NULL, "message" text NOT NULL, "reject_reason" text, "engagement_id" uuid, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_492a5bf2d71aef45f2b97dac82f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_landing_applications_startup" ON "landing_applications"  ("startup_organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_landing_applications_park" ON "landing_applications"  ("park_organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_landing_applications_offer" ON "landing_applications"  ("offer_id", "status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_landing_applications_offer_project" ON "landing_applications"  ("offer_id", "project_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "landing_offers" ADD CONSTRAINT "FK_67011d88ba85d96d52ca3ede1c4" FOREIGN KEY ("park_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "landing_applications" ADD CONSTRAINT "FK_bbe659b346ec3a805ce91fa9b15" FOREIGN KEY ("offer_id") REFERENCES "landing_offers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "landing_applications" ADD CONSTRAINT "FK_40f0f773b61c9fb719b437292bb" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "landing_applications" ADD CONSTRAINT "FK_266715d203932e23f9567c7db76" FOREIGN KEY ("startup_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "landing_applications" ADD CONSTRAINT "FK_f4616046f56f8c4b1d163d641c7" FOREIGN KEY ("park_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "landing_applications" ADD CONSTRAINT "FK_eca7c684dc8e5af71cb41a5730d" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "landing_applications" DROP CONSTRAINT "FK_eca7c684dc8e5af71cb41a5730d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "landing_applications" DROP CONSTRAINT "FK_f4616046f56f8c4b1d163d641c7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "landing_applications" DROP CONSTRAINT "FK_266715d203932e23f9567c7db76"`,
    );
    await queryRunner.query(
      `ALTER TABLE "landing_applications" DROP CONSTRAINT "FK_40f0f773b61c9fb719b437292bb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "landing_applications" DROP CONSTRAINT "FK_bbe659b346ec3a805ce91fa9b15"`,
    );
    await queryRunner.query(`ALTER TABLE "landing_offers" DROP CONSTRAINT "FK_67011d88ba85d96d52ca3ede1c4"`);
    await queryRunner.query(`DROP INDEX "public"."uq_landing_applications_offer_project"`);
    await queryRunner.query(`DROP INDEX "public"."ix_landing_applications_offer"`);
    await queryRunner.query(`DROP INDEX "public"."ix_landing_applications_park"`);
    await queryRunner.query(`DROP INDEX "public"."ix_landing_applications_startup"`);
    await queryRunner.query(`DROP TABLE "landing_applications"`);
    await queryRunner.query(`DROP INDEX "public"."ix_landing_offers_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_landing_offers_park"`);
    await queryRunner.query(`DROP TABLE "landing_offers"`);
  }
}
