import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ProjectStatus } from '@bridge/contracts';
import { TranslatePipe } from '../../../core/i18n';
import { projectLabels } from '../data/project-labels';

/** A project's status as a chip; with `explain`, a sentence saying what it means for the team. */
@Component({
  selector: 'bridge-project-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  host: { class: 'project-status' },
  template: `
    <span
      class="project-status__chip project-status__chip--{{ status().toLowerCase() }}"
      data-testid="project-status"
      [attr.data-status]="status()"
      >{{ labels.status(status()) | t }}</span
    >
    @if (explain()) {
      <span class="project-status__help" data-testid="project-status-help">{{
        labels.statusHelp(status()) | t
      }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
    }
    .project-status__chip {
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    .project-status__chip--submitted,
    .project-status__chip--finalist {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .project-status__chip--awarded {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .project-status__chip--withdrawn,
    .project-status__chip--not_selected {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
    }
    .project-status__help {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ProjectStatusComponent {
  protected readonly labels = projectLabels;
  readonly status = input.required<ProjectStatus>();
  readonly explain = input(false);
}
