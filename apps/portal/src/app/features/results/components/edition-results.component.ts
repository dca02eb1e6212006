import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { COMPETITION_STAGES } from '@bridge/contracts';
import { LocalizedTextComponent } from '@bridge/ui';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { projectLabels } from '../../projects/data/project-labels';
import { EditionResults } from '../data/results.api';
import { orderResults } from '../data/results-order';
import { FinalistCardComponent } from './finalist-card.component';

/** An edition's fields, timeline, winners and finalists per field; the page supplies the edition's heading. */
@Component({
  selector: 'bridge-edition-results',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalizedTextComponent, FinalistCardComponent, TranslatePipe],
  templateUrl: './edition-results.component.html',
  styleUrl: './edition-results.component.scss',
})
export class EditionResultsComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  protected readonly labels = projectLabels;

  readonly edition = input.required<EditionResults>();
  /** The level of the section headings (below the page's heading of the edition). */
  readonly level = input<2 | 3>(2);

  protected readonly ordered = computed(() => orderResults(this.edition().finalists, this.edition().fields));
  protected readonly fields = computed(() =>
    [...this.edition().fields].sort((a, b) => a.position - b.position),
  );
  protected readonly timeline = computed(() =>
    [...this.edition().timeline].sort(
      (a, b) => COMPETITION_STAGES.indexOf(a.stage) - COMPETITION_STAGES.indexOf(b.stage),
    ),
  );

  /** A calendar date of the timeline (YYYY-MM-DD), the same day wherever the viewer is. */
  protected day(value: string | null | undefined): string {
    if (!value) return '';
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return value;
    return new Intl.DateTimeFormat(this.i18n.locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  }
}
