export * from './lib/locale';
export * from './lib/localized-text';
export * from './lib/identity';
export * from './lib/errors';
export * from './lib/limits';
export * from './lib/competition';
export * from './lib/selection';
export * from './lib/recommendations';
