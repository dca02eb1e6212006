export * from './validators';
export * from './control-errors';
export * from './field-error.pipe';
