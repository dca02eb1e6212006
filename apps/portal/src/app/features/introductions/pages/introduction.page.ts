import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { AuthService } from '../../../core/auth/auth.service';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe } from '../../../core/errors';
import { TranslatePipe } from '../../../core/i18n';
import { IntroductionCardComponent } from '../components/introduction-card.component';
import type { IntroductionView } from '../data/introduction.types';
import { IntroductionsApi } from '../data/introductions.api';

/** /introductions/:id — one request with its notes thread, for either side. */
@Component({
  selector: 'bridge-introduction-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    IntroductionCardComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  template: `
    <p class="back">
      <a [routerLink]="backLink()" data-testid="intro-back">← {{ 'introductions.back' | t }}</a>
    </p>
    <h1 class="bridge-visually-hidden">{{ 'introductions.detailTitle' | t }}</h1>
    @if (introduction.value(); as intro) {
      <bridge-introduction-card [introduction]="intro" (changed)="introduction.update(() => $event)" />
    } @else if (notFound()) {
      <bridge-empty-state
        icon="cancel"
        data-testid="intro-not-found"
        [heading]="'introductions.notFound' | t"
        [message]="'introductions.notFoundText' | t"
      />
    } @else if (introduction.error(); as error) {
      <bridge-error-state
        [heading]="'introductions.loadFailed' | t"
        [message]="error | errorMessage"
        [retryLabel]="'actions.retry' | t"
        (retry)="load()"
      />
    } @else {
      <bridge-loading [label]="'states.loading' | t" />
    }
  `,
  styles: `
    .back {
      margin: 0 0 12px;
    }
  `,
})
export class IntroductionPage {
  private readonly api = inject(IntroductionsApi);
  private readonly auth = inject(AuthService);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly introduction = new Loader<IntroductionView>();
  protected readonly notFound = computed(() => {
    const code = this.introduction.error()?.code;
    return code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' || code === 'FORBIDDEN';
  });
  protected readonly backLink = computed(() =>
    this.auth.capabilities().has('APPLY') ? '/introductions/inbox' : '/introductions/sent',
  );

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected load(id = this.id()): Promise<void> {
    return this.introduction.run(() => this.api.introduction(id));
  }
}
