import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { resolveText } from '@bridge/contracts';
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
import { ProjectProfileComponent } from '../../projects/components/project-profile.component';
import { ProjectResultComponent } from '../../projects/components/project-result.component';
import { ProjectStatusComponent } from '../../projects/components/project-status.component';
import { StartEngagementButtonComponent } from '../../engagements/components/start-engagement-button.component';
import { RequestIntroButtonComponent } from '../../introductions/components/request-intro-button.component';
import { InviteToOfferButtonComponent } from '../../landing/components/invite-button.component';
import { AddToShortlistButtonComponent } from '../../search/components/add-to-shortlist-button.component';
import { PublicProject, ResultsApi } from '../data/results.api';

/**
 * A project as the viewer may see it: a visitor the public card of a finalist, a verified investor
 * or park more, the team everything. Only what the API sent is shown.
 */
@Component({
  selector: 'bridge-project-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatCardModule,
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    LocalizedTextComponent,
    ProjectProfileComponent,
    ProjectResultComponent,
    ProjectStatusComponent,
    AddToShortlistButtonComponent,
    RequestIntroButtonComponent,
    StartEngagementButtonComponent,
    InviteToOfferButtonComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  template: `
    @switch (project.state().status) {
      @case ('error') {
        @if (notFound()) {
          <bridge-empty-state
            icon="cancel"
            data-testid="project-not-found"
            [heading]="'results.projectNotFound' | t"
            [message]="'results.projectNotFoundText' | t"
          />
        } @else {
          <bridge-error-state
            [heading]="'states.loadFailed' | t"
            [message]="project.error() | errorMessage"
            [retryLabel]="'actions.retry' | t"
            (retry)="load()"
          />
        }
      }
      @case ('ready') {
        @if (project.value(); as p) {
          <header class="bridge-page-header">
            <div>
              <h1 data-testid="project-title">
                <bridge-localized-text
                  [text]="p.title"
                  [locale]="i18n.locale()"
                  [markerLabels]="markers.labels()"
                />
              </h1>
              <p>
                <bridge-localized-text
                  [text]="p.organizationName"
                  [locale]="i18n.locale()"
                  [markerLabels]="markers.labels()"
                />
              </p>
            </div>
            <div class="project-page__actions">
              <bridge-project-status [status]="p.status" />
              <bridge-add-to-shortlist [projectId]="p.id" [projectTitle]="titleOf(p)" />
              <bridge-request-intro [projectId]="p.id" [projectTitle]="titleOf(p)" />
              <bridge-invite-to-offer [projectId]="p.id" [projectTitle]="titleOf(p)" />
              <bridge-start-engagement [projectId]="p.id" />
            </div>
          </header>
          <div class="bridge-stack">
            @if (p.result) {
              <mat-card appearance="outlined">
                <mat-card-content><bridge-project-result [result]="p.result" /></mat-card-content>
              </mat-card>
            }
            <mat-card appearance="outlined">
              <mat-card-content>
                <bridge-project-profile [project]="p" [contacts]="p.contacts ?? null" />
              </mat-card-content>
            </mat-card>
            <p>
              <a
                [routerLink]="['/editions', p.competitionId, 'results']"
                data-testid="edition-results-link"
                >{{ 'results.allResults' | t }}</a
              >
            </p>
          </div>
        }
      }
      @default {
        <bridge-loading [label]="'states.loading' | t" />
      }
    }
  `,
  styles: `
    .project-page__actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
    }
  `,
})
export class ProjectPage {
  private readonly api = inject(ResultsApi);
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);

  /** Route parameter: the project. */
  readonly id = input.required<string>();

  protected readonly project = new Loader<PublicProject>();
  /** NOT_FOUND: a project the viewer may not see (a draft, a private one); BAD_USER_INPUT: no project id. */
  protected readonly notFound = computed(() => {
    const error = this.project.error();
    return !!error && (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT');
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected load(id = this.id()): Promise<void> {
    return this.project.run(() => this.api.project(id));
  }

  protected titleOf(project: PublicProject): string {
    return resolveText(project.title, this.i18n.locale())?.text ?? '';
  }
}
