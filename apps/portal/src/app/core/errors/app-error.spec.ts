import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { AppError, toAppError } from './app-error';

function graphqlErrors(extensions: Record<string, unknown>): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: String(extensions['key']), extensions }],
  });
}

function serverError(status: number, body: unknown): ServerError {
  // jsdom has no fetch Response; ServerError only reads the status of it.
  const response = { status } as unknown as Response;
  return new ServerError(`status ${status}`, { response, bodyText: JSON.stringify(body) });
}

describe('toAppError', () => {
  it('reads code, key, params and field errors from GraphQL errors', () => {
    const sut = toAppError(
      graphqlErrors({
        code: 'BAD_USER_INPUT',
        key: 'errors.validation',
        params: {},
        fields: [{ field: 'password', key: 'validation.minLength', params: { min: 10, max: 128 } }],
      }),
    );

    expect(sut).toBeInstanceOf(AppError);
    expect(sut.code).toBe('BAD_USER_INPUT');
    expect(sut.key).toBe('errors.validation');
    expect(sut.fields).toEqual([
      { field: 'password', key: 'validation.minLength', params: { min: 10, max: 128 } },
    ]);
  });

  it('reads the retry time of a refused sign-in', () => {
    const sut = toAppError(
      graphqlErrors({
        code: 'TOO_MANY_REQUESTS',
        key: 'errors.tooManyRequests',
        params: { retryAfterSeconds: 90 },
        retryAfterSeconds: 90,
      }),
    );

    expect(sut.code).toBe('TOO_MANY_REQUESTS');
    expect(sut.retryAfterSeconds).toBe(90);
  });

  it('reads GraphQL errors from the body of a non-2xx HTTP answer', () => {
    const sut = toAppError(
      serverError(400, {
        errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT', key: 'errors.validation' } }],
      }),
    );

    expect(sut.code).toBe('BAD_USER_INPUT');
    expect(sut.key).toBe('errors.validation');
  });

  it('treats gateway errors and thrown network failures as NETWORK', () => {
    expect(toAppError(serverError(503, 'Service Unavailable')).code).toBe('NETWORK');
    expect(toAppError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });

  it('maps unknown codes to INTERNAL_SERVER_ERROR and strips the input. prefix of fields', () => {
    const sut = toAppError(
      graphqlErrors({
        code: 'WHATEVER',
        key: 'x',
        fields: [{ field: 'input.email', key: 'validation.email' }],
      }),
    );

    expect(sut.code).toBe('INTERNAL_SERVER_ERROR');
    expect(sut.fields[0]).toEqual({ field: 'email', key: 'validation.email', params: {} });
  });
});
