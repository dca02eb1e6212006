import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatSelectModule } from '@angular/material/select';
import { resolveText } from '@bridge/contracts';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe } from '../../../core/errors';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { PreferencesFormComponent } from '../components/preferences-form.component';
import { RecommendationCardComponent } from '../components/recommendation-card.component';
import { editionsNewestFirst, fieldOptions } from '../data/edition-fields';
import { isEmptyPreferences } from '../data/preferences-form';
import {
  MarketPreferences,
  PreferencesContext,
  Recommendation,
  RecommendationsApi,
} from '../data/recommendations.api';

/** The "all editions" option (a null option would show as an empty select). */
const ALL = 'ALL';

/** /recommendations: what the organisation looks for, and the projects that fit it best. */
@Component({
  selector: 'bridge-recommendations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatCardModule,
    MatSelectModule,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    PreferencesFormComponent,
    RecommendationCardComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './recommendations.page.html',
  styleUrl: './recommendations.page.scss',
})
export class RecommendationsPage {
  private readonly api = inject(RecommendationsApi);
  protected readonly i18n = inject(I18nService);

  protected readonly all = ALL;
  protected readonly context = new Loader<PreferencesContext>();
  protected readonly recommendations = new Loader<Recommendation[]>();
  protected readonly edition = signal<string>(ALL);

  protected readonly preferences = computed(() => this.context.value()?.preferences ?? null);
  protected readonly editions = computed(() => editionsNewestFirst(this.context.value()?.editions ?? []));
  protected readonly fields = computed(() => fieldOptions(this.editions()));
  protected readonly hasPreferences = computed(() => !isEmptyPreferences(this.preferences()));
  protected readonly fieldName = computed(() => {
    const locale = this.i18n.locale();
    const names = new Map(this.fields().map((field) => [field.code, field.name]));
    return (code: string) => resolveText(names.get(code), locale)?.text ?? code;
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    await this.context.run(() => this.api.preferences());
    if (this.hasPreferences()) await this.loadRecommendations();
  }

  protected loadRecommendations(): Promise<void> {
    const edition = this.edition();
    return this.recommendations.run(() => this.api.recommendations(edition === ALL ? null : edition));
  }

  protected async preferencesSaved(preferences: MarketPreferences): Promise<void> {
    this.context.update((context) => ({ ...context, preferences }));
    if (this.hasPreferences()) await this.loadRecommendations();
  }

  protected setEdition(edition: string): void {
    this.edition.set(edition);
    void this.loadRecommendations();
  }
}
