import { Injectable, inject } from '@angular/core';
import type { DeclineReason, IntroductionStatus } from '@bridge/contracts';
import {
  AcceptIntroductionDocument,
  AddIntroductionNoteDocument,
  DeclineIntroductionDocument,
  IntroductionDocument,
  IntroductionsForDocument,
  IntroductionsReceivedDocument,
  IntroductionsSentDocument,
  RequestIntroductionDocument,
  WithdrawIntroductionDocument,
} from '../../../core/graphql/lazy/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';
import {
  IntroductionPage,
  IntroductionSummary,
  IntroductionView,
  RequestIntroductionInput,
} from './introduction.types';

/** Requests shown per page of the sent list and the inbox. */
export const INTRODUCTIONS_PAGE = 20;

interface ConnectionLike {
  edges: { node: IntroductionView }[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  totalCount?: number | null;
}

const toPage = (connection: ConnectionLike): IntroductionPage => ({
  items: connection.edges.map((edge) => edge.node),
  endCursor: connection.pageInfo.endCursor ?? null,
  hasNextPage: connection.pageInfo.hasNextPage,
  totalCount: connection.totalCount ?? null,
});

interface Waiter<T> {
  resolve(value: T): void;
  reject(error: unknown): void;
}

/** The API's limit of projects per introductionsFor. */
const FOR_PROJECTS_MAX = 50;

@Injectable({ providedIn: 'root' })
export class IntroductionsApi {
  private readonly gql = inject(GraphqlService);

  /** The start-up's inbox. */
  async received(status: IntroductionStatus | null, after: string | null = null): Promise<IntroductionPage> {
    const data = await this.gql.query(IntroductionsReceivedDocument, {
      status,
      first: INTRODUCTIONS_PAGE,
      after,
    });
    return toPage(data.introductionsReceived);
  }

  /** The requester's sent list. */
  async sent(status: IntroductionStatus | null, after: string | null = null): Promise<IntroductionPage> {
    const data = await this.gql.query(IntroductionsSentDocument, {
      status,
      first: INTRODUCTIONS_PAGE,
      after,
    });
    return toPage(data.introductionsSent);
  }

  /** NOT_FOUND for a request of other organisations. */
  async introduction(id: string): Promise<IntroductionView> {
    return (await this.gql.query(IntroductionDocument, { id })).introduction;
  }

  /** The viewer's organisation's requests for a project, newest first. */
  /**
   * Your organisation's requests about a project. Calls made in the same turn (every card of a page
   * of search results) are sent as one query of up to 50 projects.
   */
  forProject(projectId: string): Promise<IntroductionSummary[]> {
    return new Promise((resolve, reject) => {
      const waiting = this.batch.get(projectId) ?? [];
      waiting.push({ resolve, reject });
      this.batch.set(projectId, waiting);
      if (this.batch.size === 1 && waiting.length === 1) queueMicrotask(() => void this.flush());
    });
  }

  private readonly batch = new Map<string, Array<Waiter<IntroductionSummary[]>>>();

  private async flush(): Promise<void> {
    const batch = new Map(this.batch);
    this.batch.clear();
    const ids = [...batch.keys()];
    for (let i = 0; i < ids.length; i += FOR_PROJECTS_MAX) {
      const chunk = ids.slice(i, i + FOR_PROJECTS_MAX);
      try {
        const found = (await this.gql.query(IntroductionsForDocument, { projectIds: chunk }))
          .introductionsFor;
        for (const id of chunk) {
          const mine = found.filter((intro) => intro.projectId === id);
          for (const waiter of batch.get(id) ?? []) waiter.resolve(mine);
        }
      } catch (error) {
        for (const id of chunk) for (const waiter of batch.get(id) ?? []) waiter.reject(error);
      }
    }
  }

  async request(input: RequestIntroductionInput): Promise<IntroductionSummary> {
    return (await this.gql.mutate(RequestIntroductionDocument, { input })).requestIntroduction;
  }

  async accept(id: string): Promise<IntroductionView> {
    return (await this.gql.mutate(AcceptIntroductionDocument, { id })).acceptIntroduction;
  }

  async decline(id: string, reason: DeclineReason | null, note: string | null): Promise<IntroductionView> {
    return (await this.gql.mutate(DeclineIntroductionDocument, { input: { id, reason, note } }))
      .declineIntroduction;
  }

  async withdraw(id: string): Promise<IntroductionView> {
    return (await this.gql.mutate(WithdrawIntroductionDocument, { id })).withdrawIntroduction;
  }

  async addNote(id: string, body: string): Promise<IntroductionView> {
    return (await this.gql.mutate(AddIntroductionNoteDocument, { input: { id, body } })).addIntroductionNote;
  }
}
