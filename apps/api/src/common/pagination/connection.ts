import { GRAPHQL_LIMITS } from '@bridge/contracts';
import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AppException } from '../errors/app.exception';

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

/** `first` (1–100) and `after` for cursor-paginated lists. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: GRAPHQL_LIMITS.defaultPageSize })
  @IsInt()
  @Min(1, { context: { min: 1, max: GRAPHQL_LIMITS.maxPageSize } })
  @Max(GRAPHQL_LIMITS.maxPageSize, { context: { min: 1, max: GRAPHQL_LIMITS.maxPageSize } })
  first: number = GRAPHQL_LIMITS.defaultPageSize;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay-style connection type named `${name}Connection` with `${name}Edge` edges. */
export function ConnectionType<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass;
}

/** Keyset cursor over (createdAt, id): stable while rows are added. */
export interface KeysetCursor {
  createdAt: string;
  id: string;
}

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

export function decodeCursor(value: string | null | undefined): KeysetCursor | null {
  if (!value) return null;
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as [string, string];
    if (typeof createdAt !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(createdAt)))
      throw new Error();
    return { createdAt, id };
  } catch {
    throw AppException.invalid([{ field: 'after', key: 'validation.invalid' }]);
  }
}

/** Builds a connection from `first + 1` rows fetched in order. */
export function toConnection<R extends { id: string; createdAt: Date }, T>(
  rows: R[],
  first: number,
  totalCount: number,
  map: (row: R) => T,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({
    cursor: encodeCursor({ createdAt: row.createdAt.toISOString(), id: row.id }),
    node: map(row),
  }));
  return {
    edges,
    pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > first },
    totalCount,
  };
}
