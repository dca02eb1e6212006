import { normalizeName, stableKey } from './import-key';

describe('stableKey', () => {
  const sut = stableKey;

  it('is the application id when the row has one', () => {
    expect(sut({ applicationId: ' A-1001 ', contactEmail: 'x@example.test', startupName: 'Acme' })).toBe(
      'A-1001',
    );
  });

  it('is a hash of the normalised e-mail and start-up name otherwise', () => {
    const key = sut({
      applicationId: '',
      contactEmail: 'Founder@Example.test',
      startupName: 'Neuro  Vision',
    });
    expect(key).toMatch(/^auto:[0-9a-f]{32}$/);
    expect(sut({ contactEmail: ' founder@example.TEST ', startupName: 'neuro vision' })).toBe(key);
    expect(sut({ contactEmail: 'ｆounder@example.test', startupName: 'ＮＥＵＲＯ VISION' })).toBe(key);
  });

  it('differs when the e-mail or the name differs', () => {
    const base = { contactEmail: 'a@example.test', startupName: 'Acme' };
    const keys = new Set([
      sut(base),
      sut({ ...base, contactEmail: 'b@example.test' }),
      sut({ ...base, startupName: 'Acme 2' }),
      sut({ contactEmail: 'a@example.testacme', startupName: '' }),
    ]);
    expect(keys.size).toBe(4);
  });

  it('normalises names: width, case and spaces', () => {
    expect(normalizeName('  Нейро   ВИЖН ')).toBe('нейро вижн');
  });
});
