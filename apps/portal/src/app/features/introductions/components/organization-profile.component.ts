import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { LocalizedTextComponent, VerificationBadgeComponent } from '@bridge/ui';
import { I18nService, TranslatePipe, labels } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import type { OrganizationView } from '../data/introduction.types';

/** Only web addresses are links (never javascript: or data:). */
export function safeWebsite(url: string | null | undefined): string | null {
  if (!url) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`;
  try {
    const parsed = new URL(candidate);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** An organisation's public profile: name, kind, city, website, description and verification. */
@Component({
  selector: 'bridge-organization-profile',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalizedTextComponent, VerificationBadgeComponent, TranslatePipe],
  template: `
    @let o = organization();
    <section
      class="profile"
      data-testid="org-profile"
      [attr.data-org-id]="o.id"
      [attr.aria-label]="heading()"
    >
      <h4 class="profile__name" data-testid="org-name">
        <bridge-localized-text [text]="o.name" [locale]="i18n.locale()" [markerLabels]="markers.labels()" />
        <bridge-verification-badge
          [status]="o.verificationStatus"
          [label]="
            (o.verificationStatus === 'VERIFIED'
              ? 'introductions.profile.verified'
              : 'introductions.profile.notVerified'
            ) | t
          "
          data-testid="org-verified"
        />
      </h4>
      <dl class="profile__facts">
        <div>
          <dt>{{ 'introductions.profile.kind' | t }}</dt>
          <dd data-testid="org-kind">{{ kindLabel(o.kind) | t }}</dd>
        </div>
        @if (o.city) {
          <div>
            <dt>{{ 'introductions.profile.city' | t }}</dt>
            <dd data-testid="org-city">{{ o.city }}</dd>
          </div>
        }
        @if (website(); as href) {
          <div>
            <dt>{{ 'introductions.profile.website' | t }}</dt>
            <dd>
              <a [href]="href" target="_blank" rel="noopener noreferrer" data-testid="org-website">{{
                o.website
              }}</a>
            </dd>
          </div>
        }
      </dl>
      @if (o.description) {
        <p class="profile__description" data-testid="org-description">
          <bridge-localized-text
            [text]="o.description"
            [locale]="i18n.locale()"
            [markerLabels]="markers.labels()"
            emptyText=""
          />
        </p>
      }
    </section>
  `,
  styles: `
    .profile__name {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px 10px;
      margin: 0 0 6px;
      font: var(--mat-sys-title-small);
    }
    .profile__facts {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 20px;
      margin: 0 0 6px;
    }
    .profile__facts div {
      display: flex;
      gap: 6px;
    }
    .profile__facts dt {
      color: var(--mat-sys-on-surface-variant);
    }
    .profile__facts dd {
      margin: 0;
    }
    .profile__description {
      margin: 0;
      white-space: pre-line;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class OrganizationProfileComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  protected readonly kindLabel = labels.kind;

  readonly organization = input.required<OrganizationView>();
  readonly heading = input('');

  protected readonly website = computed(() => safeWebsite(this.organization().website));
}
