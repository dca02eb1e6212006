import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import {
  ErrorStateComponent,
  IconComponent,
  IconName,
  LoadingComponent,
  LocalizedTextComponent,
} from '@bridge/ui';
import { AuthService } from '../../../core/auth/auth.service';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe } from '../../../core/errors';
import { I18nService, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { EditionResultsComponent } from '../../results/components/edition-results.component';
import { EditionResults, ResultsApi } from '../../results/data/results.api';

interface Field {
  id: string;
  icon: IconName;
  name: TranslationKey;
  text: TranslationKey;
}

/** The public first screen: what Bridge is, the latest published results, and a way in. */
@Component({
  selector: 'bridge-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    RouterLink,
    ErrorStateComponent,
    IconComponent,
    LoadingComponent,
    LocalizedTextComponent,
    EditionResultsComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './home.page.html',
  styleUrl: './home.page.scss',
})
export class HomePage {
  private readonly results = inject(ResultsApi);
  protected readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  /** The newest edition with published finalists; null before the first results. */
  protected readonly latest = new Loader<EditionResults | null>();
  protected readonly fields: readonly Field[] = [
    { id: 'ai', icon: 'chip', name: 'home.fields.ai.name', text: 'home.fields.ai.text' },
    { id: 'robotics', icon: 'build', name: 'home.fields.robotics.name', text: 'home.fields.robotics.text' },
    { id: 'biotech', icon: 'eco', name: 'home.fields.biotech.name', text: 'home.fields.biotech.text' },
  ];
  protected readonly steps: readonly TranslationKey[] = [
    'home.steps.apply',
    'home.steps.judge',
    'home.steps.final',
    'home.steps.match',
  ];

  constructor() {
    void this.loadLatest();
  }

  protected loadLatest(): Promise<void> {
    return this.latest.run(() => this.results.latest());
  }
}
