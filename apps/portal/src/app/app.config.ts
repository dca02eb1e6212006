import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import {
  TitleStrategy,
  provideRouter,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';
import { appRoutes } from './app.routes';
import { AuthService } from './core/auth/auth.service';
import { provideGraphql } from './core/graphql/apollo.provider';
import { I18nService } from './core/i18n/i18n.service';
import { TranslatedTitleStrategy } from './core/i18n/title.strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled', anchorScrolling: 'enabled' }),
    ),
    provideGraphql(),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    // The language's dictionary and who is signed in are known before the first route is chosen.
    provideAppInitializer(() => {
      const i18n = inject(I18nService);
      const auth = inject(AuthService);
      return Promise.all([i18n.ready(), auth.load()]).then(() => undefined);
    }),
  ],
};
