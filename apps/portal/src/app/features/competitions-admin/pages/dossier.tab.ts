import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  ViewEncapsulation,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatSelectModule } from '@angular/material/select';
import { JUDGING_ROUNDS, JudgingRound, LocalizedText, resolveText } from '@bridge/contracts';
import { ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe } from '../../../core/errors';
import { I18nService, LocalDatePipe, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { AdminIconComponent } from '../components/admin-icon.component';
import { CompetitionStore } from '../data/competition.store';
import { DOSSIER_SHEETS, Dossier, DossierApi, DossierSheet, dossierDownloadUrl } from '../data/dossier.api';
import { formatDay, formatNumber, formatPercent } from '../logic/format';
import { adminLabels, outcomeReason } from '../logic/labels';

type Recusal = Dossier['recusals'][number];

/** Marks the page while the dossier is shown, so that printing leaves the portal's frame out. */
const PRINT_CLASS = 'bridge-dossier-printing';

/**
 * The fairness dossier of an edition: settings, runs, judges and their habits, recusals, overrides
 * and results, printable (`@media print`), with the API's XLSX and CSV downloads.
 */
@Component({
  selector: 'bridge-dossier-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Print rules must reach the shell around the page; every selector is scoped to the dossier.
  encapsulation: ViewEncapsulation.None,
  host: { class: 'bridge-dossier' },
  imports: [
    MatButtonModule,
    MatCardModule,
    MatSelectModule,
    ErrorStateComponent,
    LoadingComponent,
    AdminIconComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './dossier.tab.html',
  styleUrl: './dossier.tab.scss',
})
export class DossierTab {
  private readonly api = inject(DossierApi);
  private readonly document = inject(DOCUMENT);
  protected readonly store = inject(CompetitionStore);
  protected readonly i18n = inject(I18nService);
  protected readonly labels = adminLabels;
  protected readonly sheets = DOSSIER_SHEETS;

  protected readonly dossier = new Loader<Dossier>();
  protected readonly sheet = signal<DossierSheet>('scores');
  protected readonly xlsxUrl = computed(() => {
    const id = this.store.id();
    return id ? dossierDownloadUrl(id, 'xlsx', this.i18n.locale()) : null;
  });
  protected readonly csvUrl = computed(() => {
    const id = this.store.id();
    return id ? dossierDownloadUrl(id, 'csv', this.i18n.locale(), this.sheet()) : null;
  });
  /** Rounds that have anything to show, with their parts of the lists. */
  protected readonly rounds = computed(() => {
    const dossier = this.dossier.value();
    if (!dossier) return [];
    return JUDGING_ROUNDS.map((round) => ({
      round,
      criteria: dossier.criteria.filter((c) => c.round === round).sort((a, b) => a.position - b.position),
      judges: dossier.judges.filter((j) => j.round === round),
      results: dossier.results
        .filter((r) => r.round === round)
        .sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER)),
      assignments: dossier.assignments.filter((a) => a.round === round),
    })).filter((round) => round.criteria.length + round.judges.length + round.assignments.length > 0);
  });

  constructor() {
    const body = this.document.body;
    body.classList.add(PRINT_CLASS);
    inject(DestroyRef).onDestroy(() => body.classList.remove(PRINT_CLASS));
    effect(() => {
      const id = this.store.id();
      if (id) untracked(() => void this.load(id));
    });
  }

  protected load(id = this.store.id()): Promise<void> {
    return id ? this.dossier.run(() => this.api.dossier(id)) : Promise.resolve();
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected text(value: LocalizedText | null | undefined): string {
    return resolveText(value, this.i18n.locale())?.text ?? '';
  }

  protected number(value: number | null | undefined, digits = 1): string {
    return formatNumber(value, this.i18n.locale(), digits);
  }

  protected percent(value: number | null | undefined): string {
    return formatPercent(value, this.i18n.locale());
  }

  protected day(value: string | null | undefined): string {
    return formatDay(value, this.i18n.locale());
  }

  protected field(code: string | null | undefined): string {
    const field = this.store.fields().find((candidate) => candidate.code === code);
    return field ? this.store.fieldName(field.id) : (code ?? '—');
  }

  protected sheetKey(sheet: DossierSheet): TranslationKey {
    return `adminProjects.dossier.sheets.${sheet}`;
  }

  protected runStatusKey(status: Dossier['runs'][number]['status']): TranslationKey {
    return `adminProjects.dossier.runStatus.${status}`;
  }

  protected kindKey(recusal: Recusal): TranslationKey {
    return `adminProjects.dossier.kind.${recusal.kind}`;
  }

  protected roundKey(round: JudgingRound | null | undefined): TranslationKey | null {
    return round ? adminLabels.round(round) : null;
  }

  protected subject(recusal: Recusal): string {
    return (
      this.text(recusal.projectTitle) || this.text(recusal.organizationName) || recusal.personName || '—'
    );
  }

  /** ConflictReason codes (detected) or conflict kinds (declared), in the UI language. */
  protected reasons(recusal: Recusal): string {
    return recusal.reasons
      .map((reason) => {
        for (const key of [
          `adminJudging.conflicts.reason.${reason}`,
          `adminProjects.dossier.conflictKind.${reason}`,
        ]) {
          if (this.i18n.has(key)) return this.i18n.t(key);
        }
        return reason;
      })
      .join('; ');
  }

  protected reason(code: string | null | undefined): string {
    return code ? outcomeReason(code, this.i18n) : '—';
  }

  protected yesNo(value: boolean | null | undefined): TranslationKey {
    return value ? 'adminSelection.judges.yes' : 'adminSelection.judges.no';
  }
}
