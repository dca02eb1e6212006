import { MigrationInterface, QueryRunner } from 'typeorm';

export class CompetitionsAndJudging1795766664647 implements MigrationInterface {
  name = 'CompetitionsAndJudging1795766664647';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "competitions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" jsonb NOT NULL, "year" integer NOT NULL, "edition_number" integer NOT NULL, "organisers" jsonb NOT NULL DEFAULT '{}', "stage" character varying(24) NOT NULL DEFAULT 'SETUP', "application_target" integer NOT NULL, "finalist_total" integer NOT NULL, "per_field_cap" integer NOT NULL, "unfilled_slot_rule" character varying(16) NOT NULL, "min_reviews" integer NOT NULL, "award_places" integer NOT NULL, "normalization_method" character varying(16) NOT NULL, "zscore_min_scores" integer NOT NULL, "reviews_per_project" integer NOT NULL, "judge_load_limit" integer NOT NULL, "bootstrap_rounds" integer NOT NULL, "preliminary_closed_at" TIMESTAMP WITH TIME ZONE, "final_closed_at" TIMESTAMP WITH TIME ZONE, "finalists_published_at" TIMESTAMP WITH TIME ZONE, "awards_published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ef273910798c3a542b475e75c7d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_competitions_year_edition" ON "competitions"  ("year", "edition_number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "competition_fields" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "code" character varying(32) NOT NULL, "name" jsonb NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_93f3eb4f0042f9669101456e27a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_competition_fields_code" ON "competition_fields"  ("competition_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "competition_stage_dates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "stage" character varying(24) NOT NULL, "starts_on" date NOT NULL, "ends_on" date, CONSTRAINT "PK_e7c2023cf630b5ec1193ce269db" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_competition_stage_dates_stage" ON "competition_stage_dates"  ("competition_id", "stage") `,
    );
    await queryRunner.query(
      `CREATE TABLE "projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "field_id" uuid, "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "title" jsonb NOT NULL DEFAULT '{}', "summary" jsonb NOT NULL DEFAULT '{}', "description" jsonb NOT NULL DEFAULT '{}', "tags" jsonb NOT NULL DEFAULT '[]', "trl" smallint, "stage" character varying(16), "funding_ask_amount" bigint, "funding_ask_currency" character varying(3), "seeking" jsonb NOT NULL DEFAULT '[]', "team_size" integer, "founded_year" smallint, "city" character varying(120), "pitch_deck_url" character varying(500), "video_url" character varying(500), "contact_email" character varying(254), "contact_phone" character varying(60), "contact_messenger" character varying(120), "visibility_consent" boolean NOT NULL DEFAULT false, "external_key" character varying(120), "published_score" numeric(7,3), "published_rank_in_field" integer, "award_place" smallint, "submitted_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6271df0a7aed1d6c0691ce6ac50" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_projects_competition_status" ON "projects"  ("competition_id", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_projects_competition_external_key" ON "projects"  ("competition_id", "external_key") WHERE "external_key" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_projects_competition_organization" ON "projects"  ("competition_id", "organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "judges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "display_name" character varying(120) NOT NULL, "user_id" uuid, "token_hash" character varying(64), "status" character varying(10) NOT NULL DEFAULT 'INVITED', "affiliation" character varying(200), "load_limit" integer, "last_reminded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9122e48b7226535e00d328efeed" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_judges_user" ON "judges"  ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_judges_token_hash" ON "judges"  ("token_hash") WHERE "token_hash" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_judges_competition_email" ON "judges"  ("competition_id", "email") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "round" character varying(12) NOT NULL, "judge_id" uuid NOT NULL, "project_id" uuid NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'ASSIGNED', "source" character varying(8) NOT NULL DEFAULT 'AUTO', "total" numeric(7,3), "abstain_reason" character varying(500), "submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c54ca359535e0012b04dcbd80ee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_assignments_competition_round" ON "assignments"  ("competition_id", "round") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_assignments_project" ON "assignments"  ("project_id", "round") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_assignments_round_judge_project" ON "assignments"  ("round", "judge_id", "project_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "criteria" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "round" character varying(12) NOT NULL, "name" jsonb NOT NULL, "description" jsonb NOT NULL DEFAULT '{}', "weight" numeric(6,2) NOT NULL, "max_score" integer NOT NULL DEFAULT '10', "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_91cd5f7ff7be5ade9bca5b98cfb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_criteria_competition_round" ON "criteria"  ("competition_id", "round") `,
    );
    await queryRunner.query(
      `CREATE TABLE "judge_conflicts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "judge_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "organization_id" uuid, "project_id" uuid, "person_name" character varying(200), "note" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca605f801ba87cccc4579c46577" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_judge_conflicts_judge" ON "judge_conflicts"  ("judge_id") `);
    await queryRunner.query(
      `CREATE TABLE "scores" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "criterion_id" uuid NOT NULL, "value" numeric(6,2) NOT NULL, "comment" text, CONSTRAINT "PK_c36917e6f26293b91d04b8fd521" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_scores_assignment_criterion" ON "scores"  ("assignment_id", "criterion_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "selection_overrides" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "project_id" uuid NOT NULL, "decision" character varying(8) NOT NULL, "reason" text NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_521125f9bd89ef4968bcc7b5dfe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_selection_overrides_project" ON "selection_overrides"  ("competition_id", "project_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "selection_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "competition_id" uuid NOT NULL, "round" character varying(12) NOT NULL, "method" character varying(16) NOT NULL, "settings" jsonb NOT NULL, "input_hash" character varying(64) NOT NULL, "result" jsonb NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f466e661248a9137dc535b271ad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_selection_runs_competition_round" ON "selection_runs"  ("competition_id", "round", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(80) NOT NULL, "key" character varying(120) NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "link" character varying(300), "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notifications_user_created" ON "notifications"  ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "competition_fields" ADD CONSTRAINT "FK_44e78916b6859e3eb0ce8709fa6" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "competition_stage_dates" ADD CONSTRAINT "FK_f5607650448af6e52adb8ee585f" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "projects" ADD CONSTRAINT "FK_19969f0c4c537c137f1e22127ee" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "projects" ADD CONSTRAINT "FK_585c8ce06628c70b70100bfb842" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "projects" ADD CONSTRAINT "FK_bc67b2ff8bc816507c2a0a65583" FOREIGN KEY ("field_id") REFERENCES "competition_fields"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "judges" ADD CONSTRAINT "FK_f10336e3d734f427730d3808863" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "judges" ADD CONSTRAINT "FK_d5e20cdd04132b733573944ec9d" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "FK_9563ca4bb01d054a571cabadbf6" FOREIGN KEY ("judge_id") REFERENCES "judges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "FK_18b8aab3ad95fc3377bb9986882" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "criteria" ADD CONSTRAINT "FK_7e2f8afff054ab0c33c06c47a53" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "judge_conflicts" ADD CONSTRAINT "FK_12e3281c63d0168af30a33ea81b" FOREIGN KEY ("judge_id") REFERENCES "judges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scores" ADD CONSTRAINT "FK_c2c79d952862b30477f66840ecb" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scores" ADD CONSTRAINT "FK_8d505be5213d9949278e76b4cae" FOREIGN KEY ("criterion_id") REFERENCES "criteria"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scores" DROP CONSTRAINT "FK_8d505be5213d9949278e76b4cae"`);
    await queryRunner.query(`ALTER TABLE "scores" DROP CONSTRAINT "FK_c2c79d952862b30477f66840ecb"`);
    await queryRunner.query(`ALTER TABLE "judge_conflicts" DROP CONSTRAINT "FK_12e3281c63d0168af30a33ea81b"`);
    await queryRunner.query(`ALTER TABLE "criteria" DROP CONSTRAINT "FK_7e2f8afff054ab0c33c06c47a53"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "FK_18b8aab3ad95fc3377bb9986882"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "FK_9563ca4bb01d054a571cabadbf6"`);
    await queryRunner.query(`ALTER TABLE "judges" DROP CONSTRAINT "FK_d5e20cdd04132b733573944ec9d"`);
    await queryRunner.query(`ALTER TABLE "judges" DROP CONSTRAINT "FK_f10336e3d734f427730d3808863"`);
    await queryRunner.query(`ALTER TABLE "projects" DROP CONSTRAINT "FK_bc67b2ff8bc816507c2a0a65583"`);
    await queryRunner.query(`ALTER TABLE "projects" DROP CONSTRAINT "FK_585c8ce06628c70b70100bfb842"`);
    await queryRunner.query(`ALTER TABLE "projects" DROP CONSTRAINT "FK_19969f0c4c537c137f1e22127ee"`);
    await queryRunner.query(
      `ALTER TABLE "competition_stage_dates" DROP CONSTRAINT "FK_f5607650448af6e52adb8ee585f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "competition_fields" DROP CONSTRAINT "FK_44e78916b6859e3eb0ce8709fa6"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_user_created"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."ix_selection_runs_competition_round"`);
    await queryRunner.query(`DROP TABLE "selection_runs"`);
    await queryRunner.query(`DROP INDEX "public"."uq_selection_overrides_project"`);
    await queryRunner.query(`DROP TABLE "selection_overrides"`);
    await queryRunner.query(`DROP INDEX "public"."uq_scores_assignment_criterion"`);
    await queryRunner.query(`DROP TABLE "scores"`);
    await queryRunner.query(`DROP INDEX "public"."ix_judge_conflicts_judge"`);
    await queryRunner.query(`DROP TABLE "judge_conflicts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_criteria_competition_round"`);
    await queryRunner.query(`DROP TABLE "criteria"`);
    await queryRunner.query(`DROP INDEX "public"."uq_assignments_round_judge_project"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assignments_project"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assignments_competition_round"`);
    await queryRunner.query(`DROP TABLE "assignments"`);
    await queryRunner.query(`DROP INDEX "public"."uq_judges_competition_email"`);
    await queryRunner.query(`DROP INDEX "public"."uq_judges_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_judges_user"`);
    await queryRunner.query(`DROP TABLE "judges"`);
    await queryRunner.query(`DROP INDEX "public"."uq_projects_competition_organization"`);
    await queryRunner.query(`DROP INDEX "public"."uq_projects_competition_external_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_projects_competition_status"`);
    await queryRunner.query(`DROP TABLE "projects"`);
    await queryRunner.query(`DROP INDEX "public"."uq_competition_stage_dates_stage"`);
    await queryRunner.query(`DROP TABLE "competition_stage_dates"`);
    await queryRunner.query(`DROP INDEX "public"."uq_competition_fields_code"`);
    await queryRunner.query(`DROP TABLE "competition_fields"`);
    await queryRunner.query(`DROP INDEX "public"."uq_competitions_year_edition"`);
    await queryRunner.query(`DROP TABLE "competitions"`);
  }
}
