import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { resolveText } from '@bridge/contracts';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe } from '../../../core/errors';
import { I18nService, LocalDatePipe, TranslatePipe } from '../../../core/i18n';
import { MilestonesComponent } from '../components/milestones.component';
import { MoveFormComponent } from '../components/move-form.component';
import { StageNamePipe } from '../components/stage-name.pipe';
import { engagementLabels } from '../data/engagement-labels';
import type { EngagementView, MilestoneView } from '../data/engagement.types';
import { EngagementsApi } from '../data/engagements.api';
import { adjacentStages, formatDay } from '../data/stages';

/** /engagements/:id: the stage, quick moves, the move form, the history and the milestones. */
@Component({
  selector: 'bridge-engagement-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    MilestonesComponent,
    MoveFormComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
    StageNamePipe,
  ],
  templateUrl: './engagement.page.html',
  styleUrl: './engagement.page.scss',
})
export class EngagementPage {
  private readonly api = inject(EngagementsApi);
  protected readonly i18n = inject(I18nService);
  protected readonly labels = engagementLabels;

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly engagement = new Loader<EngagementView>();
  protected readonly notFound = computed(() => {
    const error = this.engagement.error();
    return !!error && (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT');
  });
  protected readonly adjacent = computed(() => {
    const e = this.engagement.value();
    return e && !e.terminal ? adjacentStages(e) : { next: null, previous: null };
  });
  /** The move form is open, preset to this stage (null: the form's own default). */
  protected readonly moving = signal<{ stage: string | null } | null>(null);
  /** An organizer reads stages and dates only. */
  protected readonly party = computed(() => {
    const side = this.engagement.value()?.side;
    return side === 'STARTUP' || side === 'PARTNER';
  });
  protected readonly history = computed(() => [...(this.engagement.value()?.events ?? [])].reverse());

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected load(id = this.id()): Promise<void> {
    return this.engagement.run(() => this.api.engagement(id));
  }

  protected text(value: EngagementView['projectTitle'] | null | undefined): string {
    return resolveText(value, this.i18n.locale())?.text ?? '';
  }

  protected day(value: string): string {
    return formatDay(value, this.i18n.locale());
  }

  protected moved(updated: EngagementView): void {
    this.moving.set(null);
    this.engagement.update(() => updated);
  }

  /** Someone moved it meanwhile: show the current state; the form stays open with its message. */
  protected async stale(): Promise<void> {
    const current = await this.api.engagement(this.id()).catch(() => null);
    if (current) this.engagement.update(() => current);
  }

  protected milestonesChanged(milestones: MilestoneView[]): void {
    this.engagement.update((e) => ({ ...e, milestones }));
  }
}
