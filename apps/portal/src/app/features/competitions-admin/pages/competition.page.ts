import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { ErrorStateComponent, LoadingComponent, LocalizedTextComponent } from '@bridge/ui';
import { ErrorMessagePipe } from '../../../core/errors';
import { I18nService, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { AdminIconComponent } from '../components/admin-icon.component';
import { StageChipComponent } from '../components/stage-chip.component';
import { CompetitionStore } from '../data/competition.store';
import { adminLabels } from '../logic/labels';

interface Tab {
  path: string;
  label: TranslationKey;
}

/** One edition: its name and stage above a tab bar; each tab is a child route with its own address. */
@Component({
  selector: 'bridge-competition-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [CompetitionStore],
  imports: [
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    MatButtonModule,
    MatTabsModule,
    ErrorStateComponent,
    LoadingComponent,
    LocalizedTextComponent,
    AdminIconComponent,
    StageChipComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  template: `
    <a mat-button routerLink="/admin/competitions" class="back" data-testid="back-to-list">
      <bridge-admin-icon name="arrowBack" [size]="20" />
      {{ 'adminCompetitions.backToList' | t }}
    </a>
    @if (store.competition.error(); as error) {
      <bridge-error-state
        [heading]="'states.loadFailed' | t"
        [message]="error | errorMessage"
        [retryLabel]="'actions.retry' | t"
        (retry)="store.load(id())"
      />
    } @else if (store.value(); as competition) {
      <header class="bridge-page-header">
        <div>
          <h1 data-testid="competition-name">
            <bridge-localized-text
              [text]="competition.name"
              [locale]="i18n.locale()"
              [markerLabels]="markers.labels()"
            />
          </h1>
          <p>
            {{ competition.year }} · #{{ competition.editionNumber }} ·
            <bridge-stage-chip
              data-testid="competition-stage"
              [stage]="competition.stage"
              [label]="labels.stage(competition.stage) | t"
            />
          </p>
        </div>
      </header>
      <nav
        mat-tab-nav-bar
        [tabPanel]="panel"
        [attr.aria-label]="'adminCompetitions.tabsLabel' | t"
        mat-stretch-tabs="false"
      >
        @for (tab of tabs; track tab.path) {
          <a
            mat-tab-link
            [routerLink]="tab.path"
            routerLinkActive
            #active="routerLinkActive"
            [active]="active.isActive"
            [attr.data-testid]="'tab-' + tab.path"
            >{{ tab.label | t }}</a
          >
        }
      </nav>
      <mat-tab-nav-panel #panel class="panel">
        <router-outlet />
      </mat-tab-nav-panel>
    } @else {
      <bridge-loading [label]="'states.loading' | t" />
    }
  `,
  styles: `
    .back {
      margin: -8px 0 8px -12px;
    }
    .bridge-page-header {
      margin-bottom: 8px;
    }
    .panel {
      display: block;
      padding-top: 24px;
    }
  `,
})
export class CompetitionPage {
  protected readonly store = inject(CompetitionStore);
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  protected readonly labels = adminLabels;

  /** The route's :id. */
  readonly id = input.required<string>();

  protected readonly tabs: readonly Tab[] = [
    { path: 'overview', label: 'adminCompetitions.titles.overview' },
    { path: 'settings', label: 'adminCompetitions.titles.settings' },
    { path: 'applications', label: 'adminCompetitions.titles.applications' },
    { path: 'import', label: 'adminCompetitions.titles.import' },
    { path: 'judges', label: 'adminCompetitions.titles.judges' },
    { path: 'criteria', label: 'adminCompetitions.titles.criteria' },
    { path: 'assignments', label: 'adminCompetitions.titles.assignments' },
    { path: 'selection', label: 'adminCompetitions.titles.selection' },
    { path: 'final', label: 'adminCompetitions.titles.final' },
    { path: 'dossier', label: 'adminCompetitions.titles.dossier' },
  ];

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
  }
}
