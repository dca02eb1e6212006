export * from './lib/icon/icon-paths';
export * from './lib/icon/icon.component';
export * from './lib/empty-state/empty-state.component';
export * from './lib/error-state/error-state.component';
export * from './lib/loading/loading.component';
export * from './lib/verification-badge/verification-badge.component';
export * from './lib/localized-text/localized-text.component';
export * from './lib/language-switch/language-switch.component';
