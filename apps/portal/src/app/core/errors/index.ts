export * from './app-error';
export * from './error-message';
export * from './error-message.pipe';
