import { API_PATHS } from './bootstrap';

describe('API_PATHS', () => {
  it('keeps API answers and downloads away from the portal fallback', () => {
    for (const path of [
      '/graphql',
      '/health',
      '/imports/applications',
      '/competitions/abc/dossier.xlsx',
      '/competitions/abc/dossier.csv',
      '/competitions/abc/dossier',
    ]) {
      expect(API_PATHS.test(path)).toBe(true);
    }
  });

  it('leaves the portal its client routes', () => {
    for (const path of [
      '/',
      '/dashboard',
      '/admin/competitions/abc/selection',
      '/healthy-food',
      '/graphqlish',
      '/competitions/abc',
    ]) {
      expect(API_PATHS.test(path)).toBe(false);
    }
  });
});
