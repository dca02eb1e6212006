import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { LocalizedTextComponent } from '@bridge/ui';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { AwardBadgeComponent } from '../../projects/components/award-badge.component';
import { FinalistCard } from '../data/results.api';

/** A finalist's public card: title (with the language marker), start-up, summary, field, city, award. */
@Component({
  selector: 'bridge-finalist-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, RouterLink, LocalizedTextComponent, AwardBadgeComponent, TranslatePipe],
  template: `
    @let p = project();
    <mat-card appearance="outlined" class="card" [attr.data-testid]="'finalist-card-' + p.id">
      <mat-card-header>
        <mat-card-title>
          <a
            class="card__title"
            [routerLink]="['/projects', p.id]"
            [attr.data-testid]="'open-project-' + p.id"
          >
            <bridge-localized-text
              [text]="p.title"
              [locale]="i18n.locale()"
              [markerLabels]="markers.labels()"
            />
          </a>
        </mat-card-title>
        <mat-card-subtitle>
          <bridge-localized-text
            [text]="p.organizationName"
            [locale]="i18n.locale()"
            [markerLabels]="markers.labels()"
          />
          @if (p.city) {
            · {{ p.city }}
          }
        </mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        <p class="card__summary">
          <bridge-localized-text
            [text]="p.summary"
            [locale]="i18n.locale()"
            [markerLabels]="markers.labels()"
            [emptyText]="'content.empty' | t"
          />
        </p>
      </mat-card-content>
      <mat-card-actions class="card__foot">
        @if (p.result?.awardPlace; as place) {
          <bridge-award-badge [place]="place" />
        } @else {
          <bridge-award-badge />
        }
        @if (p.field; as field) {
          <span class="bridge-muted card__field">
            <bridge-localized-text
              [text]="field.name"
              [locale]="i18n.locale()"
              [markerLabels]="markers.labels()"
            />
          </span>
        }
      </mat-card-actions>
    </mat-card>
  `,
  styles: `
    :host {
      display: flex;
    }
    .card {
      flex: 1;
      display: flex;
      flex-direction: column;
    }
    .card__title {
      font: var(--mat-sys-title-medium);
      text-decoration: none;
      &:hover {
        text-decoration: underline;
      }
    }
    .card__summary {
      display: -webkit-box;
      -webkit-line-clamp: 4;
      -webkit-box-orient: vertical;
      overflow: hidden;
      white-space: pre-line;
    }
    .card__foot {
      margin-top: auto;
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 8px;
      padding: 8px 16px 16px;
    }
    .card__field {
      font: var(--mat-sys-label-medium);
    }
  `,
})
export class FinalistCardComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  readonly project = input.required<FinalistCard>();
}
