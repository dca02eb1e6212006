import { MigrationInterface, QueryRunner } from 'typeorm';

export class ConversationsAndMeetings1795779188068 implements MigrationInterface {
  name = 'ConversationsAndMeetings1795779188068';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "conversation_reads" ("conversation_id" uuid NOT NULL, "user_id" uuid NOT NULL, "read_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_05074524cfb8e1d6fad9fb51a90" PRIMARY KEY ("conversation_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conversation_id" uuid NOT NULL, "author_user_id" uuid, "author_organization_id" uuid NOT NULL, "body" text NOT NULL, "attachments" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_18325f38ae6de43878487eff986" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_messages_conversation_created" ON "messages"  ("conversation_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conversation_id" uuid NOT NULL, "proposed_by_user_id" uuid, "proposed_by_organization_id" uuid NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'PROPOSED', "slots" jsonb NOT NULL, "chosen_starts_at" TIMESTAMP WITH TIME ZONE, "chosen_minutes" integer, "note" text, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_meetings_conversation" ON "meetings"  ("conversation_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation_reads" ADD CONSTRAINT "FK_25d515c61b895dc8d16c4a74ca0" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation_reads" ADD CONSTRAINT "FK_624a8ae9effca740379bff2bcd6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" ADD CONSTRAINT "FK_3bc55a7c3f9ed54b520bb5cfe23" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" ADD CONSTRAINT "FK_9ff5ade37f97e224f67596ab6e0" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" ADD CONSTRAINT "FK_a64fdc10ef04a0f1a7ea0f08759" FOREIGN KEY ("author_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_9116c59ec3ab91c2d49b5669420" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_912e8a16a43dfeb62bbb4ba754a" FOREIGN KEY ("proposed_by_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_bed008a04d9490c6d222ad8fe55" FOREIGN KEY ("proposed_by_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_bed008a04d9490c6d222ad8fe55"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_912e8a16a43dfeb62bbb4ba754a"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP CONSTRAINT "FK_9116c59ec3ab91c2d49b5669420"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP CONSTRAINT "FK_a64fdc10ef04a0f1a7ea0f08759"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP CONSTRAINT "FK_9ff5ade37f97e224f67596ab6e0"`);
    await queryRunner.query(`ALTER TABLE "messages" DROP CONSTRAINT "FK_3bc55a7c3f9ed54b520bb5cfe23"`);
    await queryRunner.query(
      `ALTER TABLE "conversation_reads" DROP CONSTRAINT "FK_624a8ae9effca740379bff2bcd6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation_reads" DROP CONSTRAINT "FK_25d515c61b895dc8d16c4a74ca0"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_meetings_conversation"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_messages_conversation_created"`);
    await queryRunner.query(`DROP TABLE "messages"`);
    await queryRunner.query(`DROP TABLE "conversation_reads"`);
  }
}
