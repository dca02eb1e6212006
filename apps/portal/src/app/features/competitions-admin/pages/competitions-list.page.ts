import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatTableModule } from '@angular/material/table';
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
import { I18nService, LocalDatePipe, TranslatePipe } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { AdminIconComponent } from '../components/admin-icon.component';
import { StageChipComponent } from '../components/stage-chip.component';
import { CompetitionSummary, CompetitionsApi } from '../data/competitions.api';
import { adminLabels } from '../logic/labels';

/** Every edition, newest first, with its stage; the way to create the next one. */
@Component({
  selector: 'bridge-competitions-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatTableModule,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    LocalizedTextComponent,
    AdminIconComponent,
    StageChipComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  template: `
    <header class="bridge-page-header">
      <div>
        <h1>{{ 'adminCompetitions.list.title' | t }}</h1>
        <p>{{ 'adminCompetitions.list.intro' | t }}</p>
      </div>
      <a mat-flat-button routerLink="new" data-testid="new-competition">
        <bridge-admin-icon name="add" [size]="20" />
        {{ 'adminCompetitions.list.create' | t }}
      </a>
    </header>

    <mat-card appearance="outlined">
      @if (list.loading()) {
        <bridge-loading mode="bar" [label]="'states.loading' | t" />
      }
      @if (list.error(); as error) {
        <mat-card-content>
          <bridge-error-state
            [heading]="'states.loadFailed' | t"
            [message]="error | errorMessage"
            [retryLabel]="'actions.retry' | t"
            (retry)="load()"
          />
        </mat-card-content>
      } @else if (list.value(); as competitions) {
        @if (competitions.length) {
          <div class="bridge-table-scroll">
            <table mat-table [dataSource]="competitions" data-testid="competitions-table">
              <ng-container matColumnDef="name">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'adminCompetitions.list.name' | t }}</th>
                <td mat-cell *matCellDef="let competition">
                  <a
                    [routerLink]="[competition.id]"
                    [attr.data-testid]="'competition-' + competition.id"
                    [attr.aria-label]="'adminCompetitions.list.open' | t: { name: nameOf(competition) }"
                  >
                    <bridge-localized-text
                      [text]="competition.name"
                      [locale]="i18n.locale()"
                      [markerLabels]="markers.labels()"
                    />
                  </a>
                </td>
              </ng-container>
              <ng-container matColumnDef="year">
                <th mat-header-cell *matHeaderCellDef scope="col">{{ 'adminCompetitions.list.year' | t }}</th>
                <td mat-cell *matCellDef="let competition">{{ competition.year }}</td>
              </ng-container>
              <ng-container matColumnDef="edition">
                <th mat-header-cell *matHeaderCellDef scope="col">
                  {{ 'adminCompetitions.list.edition' | t }}
                </th>
                <td mat-cell *matCellDef="let competition">{{ competition.editionNumber }}</td>
              </ng-container>
              <ng-container matColumnDef="stage">
                <th mat-header-cell *matHeaderCellDef scope="col">
                  {{ 'adminCompetitions.list.stage' | t }}
                </th>
                <td mat-cell *matCellDef="let competition">
                  <bridge-stage-chip
                    [stage]="competition.stage"
                    [label]="labels.stage(competition.stage) | t"
                  />
                </td>
              </ng-container>
              <ng-container matColumnDef="created">
                <th mat-header-cell *matHeaderCellDef scope="col">
                  {{ 'adminCompetitions.list.created' | t }}
                </th>
                <td mat-cell *matCellDef="let competition">{{ competition.createdAt | localDate }}</td>
              </ng-container>
              <tr mat-header-row *matHeaderRowDef="columns"></tr>
              <tr mat-row *matRowDef="let row; columns: columns"></tr>
            </table>
          </div>
        } @else {
          <bridge-empty-state
            icon="inbox"
            data-testid="competitions-empty"
            [heading]="'adminCompetitions.list.empty' | t"
            [message]="'adminCompetitions.list.emptyHint' | t"
          >
            <a mat-stroked-button routerLink="new">{{ 'adminCompetitions.list.create' | t }}</a>
          </bridge-empty-state>
        }
      }
    </mat-card>
  `,
  styles: `
    table {
      width: 100%;
      min-width: 36rem;
    }
  `,
})
export class CompetitionsListPage {
  private readonly api = inject(CompetitionsApi);
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  protected readonly labels = adminLabels;
  protected readonly columns = ['name', 'year', 'edition', 'stage', 'created'];
  protected readonly list = new Loader<CompetitionSummary[]>();

  constructor() {
    void this.load();
  }

  protected load(): Promise<void> {
    return this.list.run(() => this.api.list());
  }

  protected nameOf(competition: CompetitionSummary): string {
    return resolveText(competition.name, this.i18n.locale())?.text ?? '';
  }
}
