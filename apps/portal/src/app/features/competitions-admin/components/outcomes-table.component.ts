import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatInputModule } from '@angular/material/input';
import { MatPaginator, MatPaginatorModule } from '@angular/material/paginator';
import { MatSort, MatSortModule } from '@angular/material/sort';
import { MatTableDataSource, MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { I18nService, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { CompetitionStore } from '../data/competition.store';
import { SelectionOutcome } from '../data/selection.api';
import { ExplanationContext, renderExplanation } from '../logic/explanation';
import { formatNumber, formatPercent } from '../logic/format';
import { outcomeReason } from '../logic/labels';
import { OutcomeFilter, matchesOutcomeFilter, outcomeSortValue } from '../logic/outcomes';
import { AdminIconComponent } from './admin-icon.component';

export interface OutcomeRow extends SelectionOutcome {
  title: string;
  startup: string;
  field: string;
}

/** The selection's outcomes: sortable, filterable, paged; each row opens its explanation. */
@Component({
  selector: 'bridge-outcomes-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatInputModule,
    MatPaginatorModule,
    MatSortModule,
    MatTableModule,
    MatTooltipModule,
    AdminIconComponent,
    TranslatePipe,
  ],
  templateUrl: './outcomes-table.component.html',
  styleUrl: './outcomes-table.component.scss',
})
export class OutcomesTableComponent {
  private readonly store = inject(CompetitionStore);
  protected readonly i18n = inject(I18nService);

  readonly outcomes = input.required<readonly SelectionOutcome[]>();
  /** Overrides are possible (the selection's stage). */
  readonly canOverride = input(false);
  readonly override = output<OutcomeRow>();

  protected readonly columns = [
    'rank',
    'rankInField',
    'title',
    'field',
    'quality',
    'rawMean',
    'reviews',
    'probability',
    'decision',
    'actions',
  ];
  protected readonly filter = signal<OutcomeFilter>({ text: '', onlySelected: false, onlyNearTies: false });
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly rows = new MatTableDataSource<OutcomeRow>([]);
  private readonly sort = viewChild(MatSort);
  private readonly paginator = viewChild(MatPaginator);

  private readonly context = computed<ExplanationContext>(() => ({
    t: (key, params) => this.i18n.t(key, params),
    has: (key: string): key is TranslationKey => this.i18n.has(key),
    locale: this.i18n.locale(),
    fieldName: (fieldId) => this.store.fieldName(fieldId),
  }));
  private readonly data = computed<OutcomeRow[]>(() => {
    this.i18n.locale();
    this.store.names.value();
    return this.outcomes().map((outcome) => ({
      ...outcome,
      title: this.store.projectTitle(outcome.projectId),
      startup: this.store.startupName(outcome.projectId),
      field: this.store.fieldName(outcome.fieldId),
    }));
  });

  constructor() {
    this.rows.sortingDataAccessor = (row, column) => outcomeSortValue(row, column);
    this.rows.filterPredicate = (row) => matchesOutcomeFilter(row, this.filter());
    effect(() => {
      const data = this.data();
      untracked(() => (this.rows.data = data));
    });
    effect(() => {
      this.rows.sort = this.sort() ?? null;
      this.rows.paginator = this.paginator() ?? null;
    });
    effect(() => {
      const filter = this.filter();
      // A new filter string makes the data source filter again (the predicate reads the signal).
      untracked(() => (this.rows.filter = JSON.stringify(filter)));
    });
  }

  protected setFilter(change: Partial<OutcomeFilter>): void {
    this.filter.update((filter) => ({ ...filter, ...change }));
  }

  protected toggle(projectId: string): void {
    this.expanded.update((expanded) => {
      const next = new Set(expanded);
      if (!next.delete(projectId)) next.add(projectId);
      return next;
    });
  }

  protected explanation(row: OutcomeRow): string {
    return renderExplanation(row.explanation, this.context());
  }

  protected reason(row: OutcomeRow): string {
    return outcomeReason(row.reason, this.i18n);
  }

  protected number(value: number | null | undefined, digits: number): string {
    return formatNumber(value, this.i18n.locale(), digits);
  }

  protected percent(value: number | null | undefined): string {
    return formatPercent(value, this.i18n.locale());
  }

  protected decision(row: OutcomeRow): string {
    return this.i18n.t(
      row.selected ? 'adminSelection.outcomes.selected' : 'adminSelection.outcomes.notSelected',
    );
  }
}
