import { Brackets, SelectQueryBuilder } from 'typeorm';
import { Connection, PageArgs, decodeCursor, toConnection } from '../common/pagination/connection';

/** A keyset page over (created_at, id), newest first. */
export async function keysetPage<T extends { createdAt: Date; id: string }>(
  query: SelectQueryBuilder<T>,
  page: PageArgs,
): Promise<Connection<T>> {
  const alias = query.alias;
  const totalCount = await query.clone().getCount();
  const cursor = decodeCursor(page.after);
  if (cursor) {
    query.andWhere(
      new Brackets((q) =>
        q
          .where(`${alias}.created_at < :createdAt`, { createdAt: cursor.createdAt })
          .orWhere(`(${alias}.created_at = :createdAt AND ${alias}.id < :id)`, cursor),
      ),
    );
  }
  const rows = await query
    .orderBy(`${alias}.created_at`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .take(page.first + 1)
    .getMany();
  return toConnection(rows, page.first, totalCount, (row) => row);
}
