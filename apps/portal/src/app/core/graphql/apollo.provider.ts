import { provideHttpClient, withFetch } from '@angular/common/http';
import { EnvironmentProviders, Provider, inject } from '@angular/core';
import { InMemoryCache } from '@apollo/client';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';

/** Same-origin endpoint: the API serves the portal (and the dev server proxies it). */
export const GRAPHQL_ENDPOINT = '/graphql';

export function provideGraphql(): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(withFetch()),
    provideApollo(() => ({
      // POST application/json (HttpLink's default) satisfies Apollo Server's CSRF prevention;
      // withCredentials sends the httpOnly session cookie.
      link: inject(HttpLink).create({ uri: GRAPHQL_ENDPOINT, withCredentials: true }),
      cache: new InMemoryCache(),
      defaultOptions: {
        query: { fetchPolicy: 'no-cache' },
        watchQuery: { fetchPolicy: 'no-cache' },
        mutate: { fetchPolicy: 'no-cache' },
      },
    })),
  ];
}
