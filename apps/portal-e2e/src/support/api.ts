import { baseUrl } from './browser';

/** A GraphQL client for setting up browser tests through the real API (JSON POST, session cookie). */
export class ApiClient {
  private cookie = '';

  async signIn(email: string, password: string): Promise<this> {
    await this.gql(
      `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } } }`,
      {
        e: email,
        p: password,
      },
    );
    return this;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- documents are read field by field
  async gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie && { cookie: this.cookie }) },
      body: JSON.stringify({ query, variables }),
    });
    const session = /bridge_session=[^;]*/.exec(res.headers.get('set-cookie') ?? '')?.[0];
    if (session) this.cookie = session;
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  }
}

export const DEMO_PASSWORD = 'bridge-demo-2026';

/** Polls `read` until `accept` holds (or the timeout passes); returns the last value read. */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}
