import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingComponent,
  LocalizedTextComponent,
} from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe } from '../../../core/errors';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { AssignmentFilter, EditionGroup, groupAssignments, isDone } from '../data/assignment-groups';
import { judgingLabels } from '../data/judging-labels';
import { JudgingApi, MyJudging } from '../data/judging.api';

/** The judge's assignments by edition and round, with what is still to do. */
@Component({
  selector: 'bridge-assignments-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatCardModule,
    MatTableModule,
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    LocalizedTextComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './assignments.page.html',
  styleUrl: './assignments.page.scss',
})
export class AssignmentsPage {
  private readonly api = inject(JudgingApi);
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  protected readonly labels = judgingLabels;
  protected readonly isDone = isDone;

  protected readonly data = new Loader<MyJudging>();
  protected readonly filter = signal<AssignmentFilter>('todo');
  protected readonly columns = ['project', 'field', 'status', 'total', 'action'];
  protected readonly editions = computed<EditionGroup[]>(() => {
    const data = this.data.value();
    return data ? groupAssignments(data, this.filter(), this.i18n.locale()) : [];
  });
  protected readonly hasAssignments = computed(() => (this.data.value()?.myAssignments.length ?? 0) > 0);

  constructor() {
    void this.load();
  }

  protected load(): Promise<void> {
    return this.data.run(() => this.api.myJudging());
  }

  protected setFilter(value: AssignmentFilter): void {
    this.filter.set(value);
  }

  protected formatTotal(total: number): string {
    return new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }).format(total);
  }
}
