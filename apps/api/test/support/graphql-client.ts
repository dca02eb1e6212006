/** A browser-like GraphQL client: keeps the session cookie it is given, posts JSON like the portal. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  setCookie: string | null;
}

export class GraphQLClient {
  cookie: string | null = null;

  constructor(
    private readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    init: { headers?: Record<string, string>; method?: 'POST' | 'GET'; contentType?: string } = {},
  ): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = {
      'content-type': init.contentType ?? 'application/json',
      ...this.headers,
      ...init.headers,
    };
    if (this.cookie) headers['cookie'] = this.cookie;
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: init.method ?? 'POST',
      headers,
      body: init.method === 'GET' ? undefined : JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const match = /bridge_session=([^;]*)/.exec(setCookie);
      if (match) this.cookie = match[1] ? `bridge_session=${match[1]}` : null;
    }
    const text = await res.text();
    let body: { data?: T; errors?: GraphQLResponse['errors'] } = {};
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: text }] };
    }
    return { status: res.status, data: body.data, errors: body.errors, setCookie };
  }

  /** The data of a query that must succeed. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test documents are read field by field
  async data<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.request<T>(query, variables);
    if (response.errors?.length) {
      throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
    }
    return response.data as T;
  }

  /** The first error of a request that must fail: its code, key, params and field errors. */
  async error(query: string, variables: Record<string, unknown> = {}) {
    const response = await this.request(query, variables);
    const error = response.errors?.[0];
    if (!error) throw new Error(`Expected an error, got ${JSON.stringify(response.data)}`);
    return {
      status: response.status,
      message: error.message,
      code: error.extensions?.['code'] as string,
      key: error.extensions?.['key'] as string,
      params: error.extensions?.['params'] as Record<string, unknown>,
      fields: error.extensions?.['fields'] as Array<{ field: string; key: string }> | undefined,
      extensions: error.extensions ?? {},
      data: response.data,
    };
  }
}
