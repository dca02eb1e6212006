import { ChangeDetectionStrategy, Component } from '@angular/core';
import { EmptyStateComponent } from '@bridge/ui';
import { TranslatePipe } from '../../../core/i18n';

/** Placeholder until judging arrives: says what will appear here. */
@Component({
  selector: 'bridge-assignments-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyStateComponent, TranslatePipe],
  template: `
    <header class="bridge-page-header">
      <h1>{{ 'nav.assignments' | t }}</h1>
    </header>
    <bridge-empty-state
      icon="assignment"
      data-testid="assignments-empty"
      [heading]="'placeholders.assignmentsTitle' | t"
      [message]="'placeholders.assignmentsText' | t"
    />
  `,
})
export class AssignmentsPage {}
