import { MigrationInterface, QueryRunner } from 'typeorm';

export class Matchmaking1795778134992 implements MigrationInterface {
  name = 'Matchmaking1795778134992';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "introductions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "requester_organization_id" uuid NOT NULL, "requester_user_id" uuid, "project_id" uuid NOT NULL, "startup_organization_id" uuid NOT NULL, "purpose" character varying(16) NOT NULL, "message" text NOT NULL, "proposed_slots" jsonb NOT NULL DEFAULT '[]', "status" character varying(12) NOT NULL DEFAULT 'PENDING', "decline_reason" character varying(24), "decline_note" text, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "answered_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_811d59fa8b5c5255e94438b348e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_introductions_expiry" ON "introductions"  ("expires_at") WHERE "status" = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_introductions_requester" ON "introductions"  ("requester_organization_id", "status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_introductions_startup" ON "introductions"  ("startup_organization_id", "status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_introductions_open" ON "introductions"  ("requester_organization_id", "project_id", "purpose") WHERE "status" = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE TABLE "conversations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "introduction_id" uuid NOT NULL, "project_id" uuid NOT NULL, "startup_organization_id" uuid NOT NULL, "partner_organization_id" uuid NOT NULL, "last_message_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_b746cd90d50d1f634b71b91d73" UNIQUE ("introduction_id"), CONSTRAINT "PK_ee34f4f7ced4ec8681f26bf04ef" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_conversations_partner" ON "conversations"  ("partner_organization_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_conversations_startup" ON "conversations"  ("startup_organization_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_conversations_introduction" ON "conversations"  ("introduction_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "engagements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(16) NOT NULL, "stage" character varying(24) NOT NULL, "project_id" uuid NOT NULL, "startup_organization_id" uuid NOT NULL, "partner_organization_id" uuid NOT NULL, "introduction_id" uuid, "origin" character varying(24) NOT NULL, "stage_entered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aec8c95c82a37a5791001cdb9ae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_engagements_introduction" ON "engagements"  ("introduction_id") WHERE "introduction_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_engagements_partner" ON "engagements"  ("partner_organization_id", "stage") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_engagements_project" ON "engagements"  ("project_id") `);
    await queryRunner.query(
      `CREATE TABLE "engagement_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "engagement_id" uuid NOT NULL, "from_stage" character varying(24), "to_stage" character varying(24) NOT NULL, "note" text, "actor_user_id" uuid, "actor_organization_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_94b6116fa037a6976fabb815b39" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_engagement_events_engagement" ON "engagement_events"  ("engagement_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "introductions" ADD CONSTRAINT "FK_67a1cacc2a4574d2bb4ccac116a" FOREIGN KEY ("requester_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "introductions" ADD CONSTRAINT "FK_c59c530c9e37bcc216d7d6acdfb" FOREIGN KEY ("requester_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "introductions" ADD CONSTRAINT "FK_ab48b87771bdcefe7b6b032aba1" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "introductions" ADD CONSTRAINT "FK_a8c3a9b1cf5523c576b957240be" FOREIGN KEY ("startup_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "FK_b746cd90d50d1f634b71b91d739" FOREIGN KEY ("introduction_id") REFERENCES "introductions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "FK_9f16876c6b675f1f683e604b511" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "FK_daa18e0bca7e2555a68a206b4b5" FOREIGN KEY ("startup_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversations" ADD CONSTRAINT "FK_0c7a513d2aabadedeb615f70510" FOREIGN KEY ("partner_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagements" ADD CONSTRAINT "FK_2c2d68e6215d07954907dd7dac3" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagements" ADD CONSTRAINT "FK_69fe15683012a254a743d4f0e02" FOREIGN KEY ("startup_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagements" ADD CONSTRAINT "FK_7295a54e5eef6b6c89cab8077c7" FOREIGN KEY ("partner_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "engagement_events" ADD CONSTRAINT "FK_e5ce0c6ba49ebfbe4bc0311fb8d" FOREIGN KEY ("engagement_id") REFERENCES "engagements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "engagement_events" DROP CONSTRAINT "FK_e5ce0c6ba49ebfbe4bc0311fb8d"`,
    );
    await queryRunner.query(`ALTER TABLE "engagements" DROP CONSTRAINT "FK_7295a54e5eef6b6c89cab8077c7"`);
    await queryRunner.query(`ALTER TABLE "engagements" DROP CONSTRAINT "FK_69fe15683012a254a743d4f0e02"`);
    await queryRunner.query(`ALTER TABLE "engagements" DROP CONSTRAINT "FK_2c2d68e6215d07954907dd7dac3"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_0c7a513d2aabadedeb615f70510"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_daa18e0bca7e2555a68a206b4b5"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_9f16876c6b675f1f683e604b511"`);
    await queryRunner.query(`ALTER TABLE "conversations" DROP CONSTRAINT "FK_b746cd90d50d1f634b71b91d739"`);
    await queryRunner.query(`ALTER TABLE "introductions" DROP CONSTRAINT "FK_a8c3a9b1cf5523c576b957240be"`);
    await queryRunner.query(`ALTER TABLE "introductions" DROP CONSTRAINT "FK_ab48b87771bdcefe7b6b032aba1"`);
    await queryRunner.query(`ALTER TABLE "introductions" DROP CONSTRAINT "FK_c59c530c9e37bcc216d7d6acdfb"`);
    await queryRunner.query(`ALTER TABLE "introductions" DROP CONSTRAINT "FK_67a1cacc2a4574d2bb4ccac116a"`);
    await queryRunner.query(`DROP INDEX "public"."ix_engagement_events_engagement"`);
    await queryRunner.query(`DROP TABLE "engagement_events"`);
    await queryRunner.query(`DROP INDEX "public"."ix_engagements_project"`);
    await queryRunner.query(`DROP INDEX "public"."ix_engagements_partner"`);
    await queryRunner.query(`DROP INDEX "public"."uq_engagements_introduction"`);
    await queryRunner.query(`DROP TABLE "engagements"`);
    await queryRunner.query(`DROP INDEX "public"."uq_conversations_introduction"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conversations_startup"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conversations_partner"`);
    await queryRunner.query(`DROP TABLE "conversations"`);
    await queryRunner.query(`DROP INDEX "public"."uq_introductions_open"`);
    await queryRunner.query(`DROP INDEX "public"."ix_introductions_startup"`);
    await queryRunner.query(`DROP INDEX "public"."ix_introductions_requester"`);
    await queryRunner.query(`DROP INDEX "public"."ix_introductions_expiry"`);
    await queryRunner.query(`DROP TABLE "introductions"`);
  }
}
