import { ChangeDetectionStrategy, Component } from '@angular/core';
import { EmptyStateComponent } from '@bridge/ui';
import { TranslatePipe } from '../../../core/i18n';

/** Placeholder until applications arrive: says what will appear here. */
@Component({
  selector: 'bridge-my-project-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyStateComponent, TranslatePipe],
  template: `
    <header class="bridge-page-header">
      <h1>{{ 'nav.project' | t }}</h1>
    </header>
    <bridge-empty-state
      icon="assignment"
      data-testid="project-empty"
      [heading]="'placeholders.projectTitle' | t"
      [message]="'placeholders.projectText' | t"
    />
  `,
})
export class MyProjectPage {}
