import { Injectable, inject } from '@angular/core';
import { GraphqlService } from '../../../core/graphql/graphql.service';
import {
  NotificationEmailPreferencesDocument,
  NotificationEmailPreferencesQuery,
  SetNotificationEmailPreferencesDocument,
} from '../../../core/graphql/lazy/generated';

export type NotificationEmailPreference =
  NotificationEmailPreferencesQuery['notificationEmailPreferences'][number];
export type NotificationEmailCategory = NotificationEmailPreference['category'];

/** Which notifications the viewer gets by e-mail. */
@Injectable({ providedIn: 'root' })
export class NotificationEmailPreferencesApi {
  private readonly gql = inject(GraphqlService);

  async load(): Promise<NotificationEmailPreference[]> {
    return (await this.gql.query(NotificationEmailPreferencesDocument)).notificationEmailPreferences;
  }

  /** Saves the choices; returns every category as the API now has it. */
  async save(input: NotificationEmailPreference[]): Promise<NotificationEmailPreference[]> {
    return (
      await this.gql.mutate(SetNotificationEmailPreferencesDocument, {
        input: input.map(({ category, email }) => ({ category, email })),
      })
    ).setNotificationEmailPreferences;
  }
}
