import { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedSearchesAndMail1795776654812 implements MigrationInterface {
  name = 'SavedSearchesAndMail1795776654812';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_outbox" ("id" BIGSERIAL NOT NULL, "recipient" character varying(254) NOT NULL, "user_id" uuid, "locale" character varying(5) NOT NULL, "kind" character varying(80) NOT NULL, "subject" character varying(300) NOT NULL, "text_body" text NOT NULL, "html_body" text NOT NULL, "message_id" character varying(200) NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_mail_outbox_due" ON "mail_outbox"  ("next_attempt_at", "id") WHERE "status" = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE TABLE "saved_searches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_by_user_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "input" jsonb NOT NULL, "alerts_enabled" boolean NOT NULL DEFAULT true, "email_digest" boolean NOT NULL DEFAULT true, "seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d9a53c71ccc5cf66dcdc5b33dfe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_saved_searches_creator" ON "saved_searches"  ("created_by_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_saved_searches_organization" ON "saved_searches"  ("organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "saved_search_matches" ("saved_search_id" uuid NOT NULL, "project_id" uuid NOT NULL, "baseline" boolean NOT NULL, "digested_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3652ec4351acf15c01c9d30ea3f" PRIMARY KEY ("saved_search_id", "project_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_saved_search_matches_digest" ON "saved_search_matches"  ("saved_search_id") WHERE NOT "baseline" AND "digested_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_saved_search_matches_new" ON "saved_search_matches"  ("saved_search_id", "created_at") WHERE NOT "baseline"`,
    );
    await queryRunner.query(
      `CREATE TABLE "saved_search_alert_state" ("id" smallint NOT NULL, "watermark" TIMESTAMP WITH TIME ZONE NOT NULL, "lease_until" TIMESTAMP WITH TIME ZONE, "lease_holder" character varying(64), CONSTRAINT "PK_8f03a2362ef2b1ae9d7b48786b1" PRIMARY KEY ("id"))`,
    );
    // Written by hand: the alert job's one state row. Projects indexed from now on are evaluated.
    await queryRunner.query(`INSERT INTO "saved_search_alert_state" ("id", "watermark") VALUES (1, now())`);
    await queryRunner.query(
      `CREATE TABLE "saved_search_digests" ("user_id" uuid NOT NULL, "last_sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_84d79134d472718f1dcfaa7d63e" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_psd_indexed_at" ON "project_search_documents"  ("indexed_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_searches" ADD CONSTRAINT "FK_3b0957253925911ffe64de54d7c" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_searches" ADD CONSTRAINT "FK_44b59a79004ff9eb12031468f9f" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_search_matches" ADD CONSTRAINT "FK_c6b848d754399dd42a9d60f6cee" FOREIGN KEY ("saved_search_id") REFERENCES "saved_searches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_search_matches" ADD CONSTRAINT "FK_188d5bd5fb5897da3f878237899" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_search_digests" ADD CONSTRAINT "FK_84d79134d472718f1dcfaa7d63e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "saved_search_digests" DROP CONSTRAINT "FK_84d79134d472718f1dcfaa7d63e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_search_matches" DROP CONSTRAINT "FK_188d5bd5fb5897da3f878237899"`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_search_matches" DROP CONSTRAINT "FK_c6b848d754399dd42a9d60f6cee"`,
    );
    await queryRunner.query(`ALTER TABLE "saved_searches" DROP CONSTRAINT "FK_44b59a79004ff9eb12031468f9f"`);
    await queryRunner.query(`ALTER TABLE "saved_searches" DROP CONSTRAINT "FK_3b0957253925911ffe64de54d7c"`);
    await queryRunner.query(`DROP INDEX "public"."ix_psd_indexed_at"`);
    await queryRunner.query(`DROP TABLE "saved_search_digests"`);
    await queryRunner.query(`DROP TABLE "saved_search_alert_state"`);
    await queryRunner.query(`DROP INDEX "public"."ix_saved_search_matches_new"`);
    await queryRunner.query(`DROP INDEX "public"."ix_saved_search_matches_digest"`);
    await queryRunner.query(`DROP TABLE "saved_search_matches"`);
    await queryRunner.query(`DROP INDEX "public"."ix_saved_searches_organization"`);
    await queryRunner.query(`DROP INDEX "public"."ix_saved_searches_creator"`);
    await queryRunner.query(`DROP TABLE "saved_searches"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mail_outbox_due"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
  }
}
