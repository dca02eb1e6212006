import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationEmailPreferences1795778824180 implements MigrationInterface {
  name = 'NotificationEmailPreferences1795778824180';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_email_preferences" ("user_id" uuid NOT NULL, "category" character varying(20) NOT NULL, "email" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b82aca1670229c5654addc6a60" PRIMARY KEY ("user_id", "category"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_email_preferences" ADD CONSTRAINT "FK_3f3a3107a9bf2c5708c33ff9f2a" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notification_email_preferences" DROP CONSTRAINT "FK_3f3a3107a9bf2c5708c33ff9f2a"`,
    );
    await queryRunner.query(`DROP TABLE "notification_email_preferences"`);
  }
}
