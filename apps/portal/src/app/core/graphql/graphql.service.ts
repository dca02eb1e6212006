import { Injectable, inject, signal } from '@angular/core';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { AppError, toAppError } from '../errors/app-error';

// Generic variables cannot satisfy Apollo's conditional `variables` option type; the typed
// document already ties them to the operation, hence the casts below.

/**
 * The portal's one door to the API. Operations go as POST application/json to /graphql (Apollo
 * Server's CSRF prevention), with the session cookie. State lives in signal stores, so responses are
 * not cached here. Failures are thrown as {@link AppError}.
 */
@Injectable({ providedIn: 'root' })
export class GraphqlService {
  private readonly apollo = inject(Apollo);
  private readonly _sessionEnded = signal(0);

  /** Counts answers saying the session is gone; the auth store signs the viewer out on change. */
  readonly sessionEnded = this._sessionEnded.asReadonly();

  async query<TData, TVariables extends OperationVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData> {
    try {
      const result = await firstValueFrom(
        this.apollo.query<TData, TVariables>({
          query: document,
          variables,
          fetchPolicy: 'no-cache',
        } as Apollo.QueryOptions<TData, TVariables>),
      );
      if (result.error) throw result.error;
      if (result.data === undefined) throw new AppError('INTERNAL_SERVER_ERROR', null);
      return result.data as TData;
    } catch (error) {
      throw this.fail(error);
    }
  }

  async mutate<TData, TVariables extends OperationVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData> {
    try {
      const result = await firstValueFrom(
        this.apollo.mutate<TData, TVariables>({
          mutation: document,
          variables,
          fetchPolicy: 'no-cache',
        } as Apollo.MutateOptions<TData, TVariables>),
      );
      if (result.error) throw result.error;
      if (result.data === undefined || result.data === null)
        throw new AppError('INTERNAL_SERVER_ERROR', null);
      return result.data as TData;
    } catch (error) {
      throw this.fail(error);
    }
  }

  private fail(error: unknown): AppError {
    const appError = toAppError(error);
    if (appError.code === 'UNAUTHENTICATED' && appError.key === 'errors.unauthenticated') {
      this._sessionEnded.update((count) => count + 1);
    }
    return appError;
  }
}
