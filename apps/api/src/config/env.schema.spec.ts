import { InvalidEnvironmentError, parseEnv } from './env.schema';

describe('parseEnv', () => {
  it('gives the documented defaults for an empty environment', () => {
    const sut = parseEnv({});
    expect(sut.PORT).toBe(3000);
    expect(sut.DATABASE_URL).toBeUndefined();
    expect(sut.DATA_DIR).toBe('./data');
    expect(sut.SEED_DEMO_DATA).toBe(true);
    expect(sut.NODE_ENV).toBe('development');
  });

  it('reads typed values', () => {
    const sut = parseEnv({ PORT: '8080', SEED_DEMO_DATA: 'false', DATABASE_URL: 'postgres://u@h:5432/db' });
    expect(sut.PORT).toBe(8080);
    expect(sut.SEED_DEMO_DATA).toBe(false);
    expect(sut.DATABASE_URL).toBe('postgres://u@h:5432/db');
  });

  it('takes an empty value as the default, except PORTAL_DIR where empty serves no portal', () => {
    const sut = parseEnv({ PORT: '', PORTAL_DIR: '' });
    expect(sut.PORT).toBe(3000);
    expect(sut.PORTAL_DIR).toBe('');
  });

  it('names every bad variable with what it must be', () => {
    let error: InvalidEnvironmentError | undefined;
    try {
      parseEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SEED_DEMO_DATA: 'maybe' });
    } catch (e) {
      error = e as InvalidEnvironmentError;
    }
    expect(error).toBeInstanceOf(InvalidEnvironmentError);
    expect(error?.problems).toHaveLength(3);
    expect(error?.message).toContain('PORT="eighty": must be a number');
    expect(error?.message).toContain(
      'DATABASE_URL="mysql://x": must be a URL starting with postgres:// or postgresql://',
    );
    expect(error?.message).toContain('SEED_DEMO_DATA="maybe": must be true or false');
  });
});
