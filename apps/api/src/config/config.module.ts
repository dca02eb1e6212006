import { DynamicModule, Global, Module } from '@nestjs/common';
import { JsonLogger } from '../common/logging/json-logger';
import { AppConfig } from './app-config';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, logger: JsonLogger): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: JsonLogger, useValue: logger },
      ],
      exports: [AppConfig, JsonLogger],
    };
  }
}
