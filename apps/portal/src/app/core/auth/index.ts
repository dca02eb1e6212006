export * from './auth.service';
export * from './auth.guards';
export * from './language-preference.service';
