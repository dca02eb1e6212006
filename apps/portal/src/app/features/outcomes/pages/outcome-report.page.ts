import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  ViewEncapsulation,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { resolveText } from '@bridge/contracts';
import { ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe } from '../../../core/errors';
import { TranslatePipe } from '../../../core/i18n';
import { reportLanguage, reportModel, reportTexts } from '../data/outcome-report';
import { OutcomeEdition, OutcomeEngagement, Outcomes, OutcomesApi } from '../data/outcomes.api';

/** Marks the page while the report is shown, so that printing leaves the portal's frame out. */
const PRINT_CLASS = 'bridge-outcome-report-printing';

interface ReportData {
  edition: OutcomeEdition | null;
  outcomes: Outcomes;
  landed: OutcomeEngagement[];
}

/**
 * /outcomes/report/:competitionId?lang=zh|ru — the one-page outcome report of an edition, in Chinese
 * or Russian whatever the UI language; printable to PDF from the browser (A4, without the shell).
 */
@Component({
  selector: 'bridge-outcome-report-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Print rules must reach the shell around the page; every selector is scoped to the report.
  encapsulation: ViewEncapsulation.None,
  host: { class: 'bridge-outcome-report' },
  imports: [
    MatButtonModule,
    RouterLink,
    ErrorStateComponent,
    LoadingComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './outcome-report.page.html',
  styleUrl: './outcome-report.page.scss',
})
export class OutcomeReportPage {
  private readonly api = inject(OutcomesApi);
  private readonly document = inject(DOCUMENT);

  /** Route parameter and query parameter. */
  readonly competitionId = input.required<string>();
  readonly lang = input<string | undefined>();

  protected readonly language = computed(() => reportLanguage(this.lang()));
  protected readonly texts = computed(() => reportTexts(this.language()));
  protected readonly htmlLang = computed(() => this.texts().locale);
  protected readonly data = new Loader<ReportData>();
  protected readonly generatedAt = new Date();
  protected readonly model = computed(() => {
    const data = this.data.value();
    if (!data) return null;
    return reportModel(data.outcomes, data.landed, this.language(), (value) => this.text(value));
  });
  protected readonly editionName = computed(() => {
    const edition = this.data.value()?.edition;
    return edition ? `${this.text(edition.name)} (${edition.year})` : '';
  });
  protected readonly generated = computed(() =>
    this.texts().outcomes.report.generated.replace(
      '{date}',
      new Intl.DateTimeFormat(this.htmlLang(), { dateStyle: 'long' }).format(this.generatedAt),
    ),
  );

  constructor() {
    const body = this.document.body;
    body.classList.add(PRINT_CLASS);
    inject(DestroyRef).onDestroy(() => body.classList.remove(PRINT_CLASS));
    effect(() => {
      const id = this.competitionId();
      untracked(() => void this.load(id));
    });
  }

  protected load(id = this.competitionId()): Promise<void> {
    return this.data.run(async () => {
      const [editions, outcomes, landed] = await Promise.all([
        this.api.editions(),
        this.api.outcomes(id),
        this.api.engagements({ competitionId: id, step: 'landed' }, 100),
      ]);
      return {
        edition: editions.find((e) => e.id === id) ?? null,
        outcomes,
        landed: landed.edges.map((e) => e.node),
      };
    });
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  private text(
    value: { zh?: string | null; en?: string | null; ru?: string | null } | null | undefined,
  ): string {
    return resolveText(value, this.texts().locale)?.text ?? '';
  }
}
