import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { AuthService } from '../../../core/auth/auth.service';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { introLabels } from '../data/intro-labels';
import type { IntroductionSummary } from '../data/introduction.types';
import { IntroductionsApi } from '../data/introductions.api';
import { IntroStatusComponent } from './intro-status-chip.component';
import { RequestIntroDialogComponent, RequestIntroDialogData } from './request-intro-dialog.component';

/** A request that still stands: no new one is offered while it does. */
const isOpen = (intro: IntroductionSummary) => intro.status === 'PENDING' || intro.status === 'ACCEPTED';

/**
 * "Request an introduction" for members of verified market organisations (MARKET); once the
 * organisation has an open or accepted request for the project, its status (linking to it) instead.
 * Shows nothing to anyone else. Used on the project page and on search results.
 */
@Component({
  selector: 'bridge-request-intro',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, IntroStatusComponent, TranslatePipe],
  template: `
    @if (allowed() && loaded()) {
      @if (open(); as intro) {
        <a
          class="intro-link"
          [routerLink]="['/introductions', intro.id]"
          [attr.aria-label]="
            'introductions.button.statusAria' | t: { status: i18n.t(labels.status(intro.status)) }
          "
          data-testid="intro-for-project"
          [attr.data-project-id]="projectId()"
          [attr.data-intro-id]="intro.id"
        >
          <span>{{ labels.purpose(intro.purpose) | t }}</span>
          <bridge-intro-status [status]="intro.status" />
        </a>
      } @else {
        <button
          mat-stroked-button
          type="button"
          data-testid="request-intro"
          [attr.data-project-id]="projectId()"
          [attr.aria-label]="'introductions.button.requestAria' | t: { title: projectTitle() }"
          (click)="request()"
        >
          {{ 'introductions.button.request' | t }}
        </button>
      }
    }
  `,
  styles: `
    .intro-link {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      font: var(--mat-sys-label-large);
      color: inherit;
    }
  `,
})
export class RequestIntroButtonComponent {
  private readonly auth = inject(AuthService);
  /** The API is looked up only for MARKET viewers (the button is on public pages too). */
  private readonly injector = inject(Injector);
  private readonly dialog = inject(MatDialog);
  protected readonly i18n = inject(I18nService);
  protected readonly labels = introLabels;

  readonly projectId = input.required<string>();
  /** In the UI language. */
  readonly projectTitle = input.required<string>();

  protected readonly allowed = computed(() => this.auth.capabilities().has('MARKET'));
  private readonly existing = signal<IntroductionSummary[]>([]);
  /** False until introductionFor answered (a failed look-up still offers the button). */
  protected readonly loaded = signal(false);
  protected readonly open = computed(() => this.existing().find(isOpen) ?? null);

  constructor() {
    effect(() => {
      const id = this.projectId();
      if (!this.allowed()) return;
      untracked(() => void this.load(id));
    });
  }

  private async load(projectId: string): Promise<void> {
    this.loaded.set(false);
    try {
      const found = await this.injector.get(IntroductionsApi).forProject(projectId);
      if (projectId === this.projectId()) this.existing.set(found);
    } catch {
      this.existing.set([]);
    } finally {
      if (projectId === this.projectId()) this.loaded.set(true);
    }
  }

  protected request(): void {
    const ref = this.dialog.open<RequestIntroDialogComponent, RequestIntroDialogData, IntroductionSummary>(
      RequestIntroDialogComponent,
      {
        data: { projectId: this.projectId(), projectTitle: this.projectTitle() },
        width: '640px',
        maxWidth: '96vw',
        autoFocus: 'first-tabbable',
      },
    );
    ref.afterClosed().subscribe((requested) => {
      if (requested) this.existing.update((list) => [requested, ...list]);
    });
  }
}
