import { Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { JsonLogger } from '../../common/logging/json-logger';
import { NotificationEvent, NotificationPubSub } from './notification-pubsub';

interface Pending {
  /** The transaction depth the event was collected at (1: the transaction, 2+: savepoints). */
  depth: number;
  event: NotificationEvent;
}

const depthOf = (runner: QueryRunner): number =>
  (runner as unknown as { transactionDepth?: number }).transactionDepth ?? 0;

/**
 * Publishes notification events only once their transaction has committed: events are collected
 * per query runner and sent by TypeORM's `afterTransactionCommit` of the outermost transaction;
 * a rollback drops them (a savepoint's rollback drops what was collected inside it). A manager with
 * no transaction has committed already: its events go at once. Subscribers never see a notification
 * that does not exist.
 */
@Injectable()
export class NotificationPublisher implements EntitySubscriberInterface, OnModuleInit {
  private readonly pending = new WeakMap<QueryRunner, Pending[]>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pubsub: NotificationPubSub,
    @Optional() private readonly logger?: JsonLogger,
  ) {}

  onModuleInit(): void {
    if (!this.dataSource.subscribers.includes(this)) this.dataSource.subscribers.push(this);
  }

  /** Publishes the events when the manager's transaction commits (now, without a transaction). */
  async afterCommit(manager: EntityManager, events: NotificationEvent[]): Promise<void> {
    if (!events.length) return;
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive && depthOf(runner) > 0) {
      const depth = depthOf(runner);
      this.pending.set(runner, [
        ...(this.pending.get(runner) ?? []),
        ...events.map((event) => ({ depth, event })),
      ]);
      return;
    }
    await this.send(events);
  }

  async afterTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const runner = event.queryRunner;
    const pending = this.pending.get(runner);
    if (!pending) return;
    if (runner.isTransactionActive) {
      // A savepoint was released: its events now belong to the enclosing level.
      const depth = depthOf(runner);
      for (const item of pending) item.depth = Math.min(item.depth, depth);
      return;
    }
    this.pending.delete(runner);
    await this.send(pending.map((p) => p.event));
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    const runner = event.queryRunner;
    const pending = this.pending.get(runner);
    if (!pending) return;
    const depth = runner.isTransactionActive ? depthOf(runner) : 0;
    const kept = pending.filter((p) => p.depth <= depth);
    if (kept.length) this.pending.set(runner, kept);
    else this.pending.delete(runner);
  }

  /** Publishing never fails the caller: its change is committed; a lost live event costs a refresh. */
  private async send(events: NotificationEvent[]): Promise<void> {
    try {
      await this.pubsub.publish(events);
    } catch (error) {
      this.logger?.pino.warn({ err: error, events: events.length }, 'notification events not published');
    }
  }
}
