import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { ENGAGEMENT_KINDS, ENGAGEMENT_PARTNER_KINDS, EngagementKind } from '@bridge/contracts';
import { AuthService } from '../../../core/auth/auth.service';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { TranslatePipe } from '../../../core/i18n';
import { engagementLabels } from '../data/engagement-labels';
import { EngagementsApi } from '../data/engagements.api';

/** The kinds of engagement an organisation of this kind may be the partner in. */
export function startableKinds(organizationKind: string | null | undefined): EngagementKind[] {
  return ENGAGEMENT_KINDS.filter((kind) =>
    (ENGAGEMENT_PARTNER_KINDS[kind] as readonly string[]).includes(organizationKind ?? ''),
  );
}

/**
 * "Track an engagement" on a project page, for members of verified market organisations: starts an
 * engagement by hand (the organisation is the partner) and opens it. Shows nothing to anyone else.
 */
@Component({
  selector: 'bridge-start-engagement',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatInputModule, TranslatePipe, ErrorMessagePipe],
  template: `
    @if (kinds().length) {
      @if (!open()) {
        <button
          mat-stroked-button
          type="button"
          data-testid="engagement-start"
          [attr.data-project-id]="projectId()"
          (click)="open.set(true)"
        >
          {{ 'engagements.start.button' | t }}
        </button>
      } @else {
        <form class="start" (submit)="$event.preventDefault(); start()" data-testid="engagement-start-form">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'engagements.kindLabel' | t }}</mat-label>
            <select
              matNativeControl
              [value]="kind()"
              (change)="picked.set($any($event.target).value)"
              data-testid="engagement-start-kind"
            >
              @for (k of kinds(); track k) {
                <option [value]="k">{{ labels.kind(k) | t }}</option>
              }
            </select>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'engagements.start.note' | t }}</mat-label>
            <input
              matInput
              maxlength="1000"
              [value]="note()"
              (input)="note.set($any($event.target).value)"
              data-testid="engagement-start-note"
            />
          </mat-form-field>
          @if (error(); as e) {
            <p class="bridge-form-error" role="alert" data-testid="engagement-start-error">
              {{ e | errorMessage }}
            </p>
          }
          <div class="row">
            <button mat-button type="button" (click)="open.set(false)">{{ 'actions.cancel' | t }}</button>
            <button mat-flat-button type="submit" [disabled]="busy()" data-testid="engagement-start-submit">
              {{ 'engagements.start.submit' | t }}
            </button>
          </div>
        </form>
      }
    }
  `,
  styles: `
    .start {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 8px;
    }
    .row {
      display: flex;
      gap: 8px;
    }
  `,
})
export class StartEngagementButtonComponent {
  private readonly auth = inject(AuthService);
  private readonly api = inject(EngagementsApi);
  private readonly router = inject(Router);
  protected readonly labels = engagementLabels;

  readonly projectId = input.required<string>();

  protected readonly kinds = computed(() =>
    this.auth.capabilities().has('MARKET') ? startableKinds(this.auth.activeOrganization()?.kind) : [],
  );
  protected readonly open = signal(false);
  protected readonly picked = signal<EngagementKind | null>(null);
  protected readonly kind = computed(() => this.picked() ?? this.kinds()[0] ?? 'INVESTMENT');
  protected readonly note = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);

  protected async start(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const id = await this.api.start(this.projectId(), this.kind(), this.note().trim() || null);
      await this.router.navigate(['/engagements', id]);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
