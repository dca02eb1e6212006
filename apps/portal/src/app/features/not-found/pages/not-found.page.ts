import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { EmptyStateComponent } from '@bridge/ui';
import { TranslatePipe } from '../../../core/i18n';

@Component({
  selector: 'bridge-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyStateComponent, MatButtonModule, RouterLink, TranslatePipe],
  template: `
    <h1 class="bridge-visually-hidden">{{ 'notFound.title' | t }}</h1>
    <bridge-empty-state
      icon="search"
      data-testid="not-found"
      [heading]="'notFound.title' | t"
      [message]="'notFound.text' | t"
    >
      <a mat-flat-button routerLink="/">{{ 'actions.goHome' | t }}</a>
    </bridge-empty-state>
  `,
})
export class NotFoundPage {}
