import { GRAPHQL_LIMITS } from '@bridge/contracts';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AnalyticsModule } from './analytics/analytics.module';
import { AuditModule } from './audit/audit.module';
import { createGraphQLErrorFormatter } from './common/errors/format-graphql-error';
import { createValidationPipe } from './common/errors/validation';
import { queryCostPlugin } from './common/graphql/query-cost.plugin';
import { QueryLimits, queryLimitsRule } from './common/graphql/query-limits.rule';
import { JsonLogger } from './common/logging/json-logger';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source.options';
import { HealthController } from './health/health.controller';
import { IdentityModule } from './identity/identity.module';
import { ImportsModule } from './imports/imports.module';
import { CompetitionsModule } from './competitions/competitions.module';
import { EngagementsModule } from './engagements/engagements.module';
import { DossierModule } from './judging/dossier/dossier.module';
import { JudgingModule } from './judging/judging.module';
import { MailModule } from './mail/mail.module';
import { MatchmakingModule } from './matchmaking/matchmaking.module';
import { LandingModule } from './landing/landing.module';
import { NotificationsModule } from './notifications/notifications.module';
import { graphqlContext, graphqlWsOptions } from './notifications/live/graphql-ws.options';
import { SessionService } from './identity/session.service';
import { ProjectsModule } from './projects/projects.module';
import { SavedSearchesModule } from './saved-searches/saved-searches.module';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { SearchModule } from './search/search.module';
import { ShortlistsModule } from './shortlists/shortlists.module';

const QUERY_LIMITS: QueryLimits = {
  maxDepth: GRAPHQL_LIMITS.maxDepth,
  maxCost: GRAPHQL_LIMITS.maxCost,
  maxAliases: GRAPHQL_LIMITS.maxAliases,
  maxPageSize: GRAPHQL_LIMITS.maxPageSize,
  defaultListSize: 10,
};

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: JsonLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, logger),
        TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl, config.env.DATABASE_POOL_SIZE)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule],
          inject: [SessionService],
          useFactory: (sessions: SessionService): ApolloDriverConfig => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            introspection: !config.isProduction,
            playground: false,
            csrfPrevention: true,
            includeStacktraceInErrorResponses: !config.isProduction,
            fieldResolverEnhancers: ['guards'],
            validationRules: [queryLimitsRule(QUERY_LIMITS)],
            plugins: [queryCostPlugin(QUERY_LIMITS)],
            formatError: createGraphQLErrorFormatter({
              production: config.isProduction,
              logger: logger.pino,
            }),
            context: graphqlContext,
            // Live notifications: graphql-ws on /graphql, authenticated by the session cookie.
            subscriptions: graphqlWsOptions(sessions, config),
          }),
        }),
        AuditModule,
        IdentityModule,
        NotificationsModule,
        CompetitionsModule,
        ProjectsModule,
        JudgingModule,
        DossierModule,
        ImportsModule,
        SearchModule,
        ShortlistsModule,
        RecommendationsModule,
        MailModule,
        SavedSearchesModule,
        MatchmakingModule,
        LandingModule,
        EngagementsModule,
        AnalyticsModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
    };
  }
}
