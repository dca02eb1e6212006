import { MigrationInterface, QueryRunner } from 'typeorm';

export class Search1795772122599 implements MigrationInterface {
  name = 'Search1795772122599';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Typo-tolerant matching of names (word_similarity, <%). PGlite loads the extension at start.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TABLE "search_outbox" ("id" BIGSERIAL NOT NULL, "project_id" uuid NOT NULL, "op" character varying(8) NOT NULL DEFAULT 'UPSERT', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f0e10017d6287176243c2926453" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_search_outbox_project" ON "search_outbox"  ("project_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_search_outbox_due" ON "search_outbox"  ("next_attempt_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "project_search_documents" ("project_id" uuid NOT NULL, "competition_id" uuid NOT NULL, "competition_year" smallint NOT NULL, "field_code" character varying(32), "status" character varying(16) NOT NULL, "city" character varying(120), "city_key" character varying(16), "visible_market" boolean NOT NULL, "visible_public" boolean NOT NULL, "market_full" boolean NOT NULL, "trl" smallint, "stage" character varying(16), "seeking_mask" smallint NOT NULL DEFAULT '0', "funding_usd_minor" bigint, "funding_bucket" smallint, "score" double precision, "score_bucket" smallint, "score_key" double precision NOT NULL, "rank_in_field" integer, "award_place" smallint, "m_score" double precision, "m_score_bucket" smallint, "m_score_key" double precision NOT NULL, "m_rank_in_field" integer, "m_award_place" smallint, "p_award_place" smallint, "title" jsonb NOT NULL, "summary" jsonb NOT NULL, "names" text NOT NULL DEFAULT '', "title_vector" tsvector NOT NULL, "summary_vector" tsvector NOT NULL, "document" tsvector NOT NULL, "market_document" tsvector, "public_document" tsvector, "project_created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "project_updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "indexed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e810742fbeab7e3ffcb2024dadf" PRIMARY KEY ("project_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_psd_market_newest" ON "project_search_documents"  ("project_created_at", "project_id") WHERE "visible_market"`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_psd_market_score" ON "project_search_documents"  ("m_score_key", "project_created_at", "project_id") WHERE "visible_market"`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_psd_newest" ON "project_search_documents"  ("project_created_at", "project_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_psd_score" ON "project_search_documents"  ("score_key", "project_created_at", "project_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_psd_competition" ON "project_search_documents"  ("competition_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_psd_summary_vector" ON "project_search_documents" USING gin ("summary_vector") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_psd_title_vector" ON "project_search_documents" USING gin ("title_vector") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_psd_public_document" ON "project_search_documents" USING gin ("public_document") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_psd_market_document" ON "project_search_documents" USING gin ("market_document") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_psd_document" ON "project_search_documents" USING gin ("document") `,
    );
    // By hand, since TypeORM cannot describe them (docs/search.md, "PostgreSQL engine"):
    // typo-tolerant matching of titles needs a trigram index (an operator class);
    await queryRunner.query(
      `CREATE INDEX "ix_psd_names_trgm" ON "project_search_documents" USING gin ("names" gin_trgm_ops)`,
    );
    // without statistics on the document vectors, the planner matches text through their GIN indexes
    // instead of reading every vector when a word is common;
    await queryRunner.query(
      `ALTER TABLE "project_search_documents" ALTER COLUMN "document" SET STATISTICS 0`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_search_documents" ALTER COLUMN "market_document" SET STATISTICS 0`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_search_documents" ALTER COLUMN "public_document" SET STATISTICS 0`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_search_documents" ALTER COLUMN "title_vector" SET STATISTICS 0`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_search_documents" ALTER COLUMN "summary_vector" SET STATISTICS 0`,
    );
    // the vectors and texts live out of line, so the rows a search reads stay narrow (titles for
    // typo matching stay in the row).
    await queryRunner.query(`ALTER TABLE "project_search_documents" SET (toast_tuple_target = 256)`);
    await queryRunner.query(`ALTER TABLE "project_search_documents" ALTER COLUMN "names" SET STORAGE MAIN`);
    // Index the projects that exist already: the outbox worker drains these rows after deployment.
    await queryRunner.query(
      `INSERT INTO "search_outbox" ("project_id", "op") SELECT "id", 'UPSERT' FROM "projects" WHERE "status" <> 'DRAFT'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_psd_names_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."ix_psd_document"`);
    await queryRunner.query(`DROP INDEX "public"."ix_psd_market_document"`);
    await queryRunner.query(`DROP INDEX "public"."ix_psd_public_document"`);
    await queryRunner.query(`DROP INDEX "public"."ix_psd_title_vector"`);
    await queryRunner.query(`DROP INDEX "public"."ix_psd_summary_vector"`);
    await queryRunner.query(`DROP INDEX "public"."ix_psd_competition"`);
    await queryRunner.query(`DROP INDEX "public"."ix_psd_score"`);
    await queryRunner.query(`DROP INDEX "public"."ix_psd_newest"`);
    await queryRunner.query(`DROP INDEX "public"."ix_psd_market_score"`);
    await queryRunner.query(`DROP INDEX "public"."ix_psd_market_newest"`);
    await queryRunner.query(`DROP TABLE "project_search_documents"`);
    await queryRunner.query(`DROP INDEX "public"."ix_search_outbox_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_search_outbox_project"`);
    await queryRunner.query(`DROP TABLE "search_outbox"`);
  }
}
