export * from './dictionaries';
export * from './i18n.service';
export * from './i18n.types';
export * from './locale';
export * from './t.pipe';
export * from './date.pipe';
export * from './labels';
