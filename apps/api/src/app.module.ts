import { GRAPHQL_LIMITS } from '@bridge/contracts';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { AuditModule } from './audit/audit.module';
import { createGraphQLErrorFormatter } from './common/errors/format-graphql-error';
import { createValidationPipe } from './common/errors/validation';
import { queryLimitsRule } from './common/graphql/query-limits.rule';
import { JsonLogger } from './common/logging/json-logger';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source.options';
import { HealthController } from './health/health.controller';
import { IdentityModule } from './identity/identity.module';
import { RequestContext } from './identity/viewer';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: JsonLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, logger),
        TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl, config.env.DATABASE_POOL_SIZE)),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: !config.isProduction,
          playground: false,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: !config.isProduction,
          fieldResolverEnhancers: ['guards'],
          validationRules: [
            queryLimitsRule({
              maxDepth: GRAPHQL_LIMITS.maxDepth,
              maxCost: GRAPHQL_LIMITS.maxCost,
              maxAliases: GRAPHQL_LIMITS.maxAliases,
              maxPageSize: GRAPHQL_LIMITS.maxPageSize,
              defaultListSize: 10,
            }),
          ],
          formatError: createGraphQLErrorFormatter({ production: config.isProduction, logger: logger.pino }),
          context: ({ req, res }: { req: Request; res: Response }): RequestContext => ({
            req,
            res,
            loaders: new Map(),
          }),
        }),
        AuditModule,
        IdentityModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
    };
  }
}
