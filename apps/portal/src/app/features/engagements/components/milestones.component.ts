import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { ENGAGEMENT_LIMITS } from '@bridge/contracts';
import { AuthService } from '../../../core/auth/auth.service';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import type { MilestoneView } from '../data/engagement.types';
import { EngagementsApi } from '../data/engagements.api';
import { formatDay, isOverdue, sortMilestones, todayIn } from '../data/stages';

interface Draft {
  /** null: a new milestone. */
  id: string | null;
  title: string;
  dueOn: string;
}

/** An engagement's milestones: add, edit, mark done, remove; open ones past due are highlighted. */
@Component({
  selector: 'bridge-milestones',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatInputModule, TranslatePipe, ErrorMessagePipe],
  template: `
    <section class="milestones" aria-labelledby="milestones-title">
      <div class="head">
        <h2 id="milestones-title">{{ 'engagements.milestones.title' | t }}</h2>
        @if (!readOnly() && !draft()) {
          <button mat-stroked-button type="button" (click)="edit(null)" data-testid="milestone-add">
            {{ 'engagements.milestones.add' | t }}
          </button>
        }
      </div>

      @if (draft(); as d) {
        <form
          class="draft"
          (submit)="$event.preventDefault(); save()"
          novalidate
          data-testid="milestone-form"
        >
          <mat-form-field appearance="outline">
            <mat-label>{{ 'engagements.milestones.newTitle' | t }}</mat-label>
            <input
              matInput
              required
              [value]="d.title"
              (input)="patch({ title: $any($event.target).value })"
              [attr.maxlength]="limits.milestoneTitleMaxLength"
              data-testid="milestone-title"
            />
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'engagements.milestones.dueOn' | t }}</mat-label>
            <input
              matInput
              type="date"
              required
              [value]="d.dueOn"
              (input)="patch({ dueOn: $any($event.target).value })"
              data-testid="milestone-due"
            />
          </mat-form-field>
          <div class="actions">
            <button mat-button type="button" (click)="draft.set(null)">
              {{ 'engagements.milestones.cancel' | t }}
            </button>
            <button
              mat-flat-button
              type="submit"
              [disabled]="busy() || !d.title.trim() || !d.dueOn"
              data-testid="milestone-save"
            >
              {{ 'engagements.milestones.save' | t }}
            </button>
          </div>
        </form>
      }
      @if (error(); as e) {
        <p class="bridge-form-error" role="alert">{{ e | errorMessage }}</p>
      }

      @if (sorted().length) {
        <ul class="list">
          @for (m of sorted(); track m.id) {
            <li
              class="item"
              [class.item--overdue]="overdue(m)"
              [class.item--done]="m.done"
              data-testid="milestone"
              [attr.data-overdue]="overdue(m)"
              [attr.data-done]="m.done"
            >
              <span class="title">{{ m.title }}</span>
              <span class="due">
                @if (m.done) {
                  {{ 'engagements.milestones.doneOn' | t: { date: i18n.formatDate(m.doneAt) } }}
                } @else if (overdue(m)) {
                  {{ 'engagements.milestones.overdue' | t: { date: day(m.dueOn) } }}
                } @else {
                  {{ 'engagements.milestones.due' | t: { date: day(m.dueOn) } }}
                }
              </span>
              @if (!readOnly()) {
                <span class="buttons">
                  @if (!m.done) {
                    <button
                      mat-button
                      type="button"
                      (click)="complete(m)"
                      [disabled]="busy()"
                      [attr.aria-label]="'engagements.milestones.doneAria' | t: { title: m.title }"
                      data-testid="milestone-done"
                    >
                      {{ 'engagements.milestones.done' | t }}
                    </button>
                  }
                  <button
                    mat-button
                    type="button"
                    (click)="edit(m)"
                    [attr.aria-label]="'engagements.milestones.editAria' | t: { title: m.title }"
                    data-testid="milestone-edit"
                  >
                    {{ 'engagements.milestones.edit' | t }}
                  </button>
                  <button
                    mat-button
                    type="button"
                    (click)="remove(m)"
                    [disabled]="busy()"
                    [attr.aria-label]="'engagements.milestones.removeAria' | t: { title: m.title }"
                    data-testid="milestone-remove"
                  >
                    {{ 'engagements.milestones.remove' | t }}
                  </button>
                </span>
              }
            </li>
          }
        </ul>
      } @else if (!draft()) {
        <p class="empty">{{ 'engagements.milestones.empty' | t }}</p>
      }
    </section>
  `,
  styles: `
    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .draft {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
      gap: 0 12px;
      margin-top: 12px;
    }
    .actions {
      grid-column: 1 / -1;
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
    .list {
      display: grid;
      gap: 6px;
      margin: 12px 0 0;
      padding: 0;
      list-style: none;
    }
    .item {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
      padding: 6px 10px;
      border-left: 4px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container-low);
    }
    .item--overdue {
      border-left-color: var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .item--done .title {
      text-decoration: line-through;
    }
    .title {
      flex: 1 1 200px;
    }
    .due {
      font: var(--mat-sys-body-small);
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MilestonesComponent {
  private readonly api = inject(EngagementsApi);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  protected readonly limits = ENGAGEMENT_LIMITS;

  readonly engagementId = input.required<string>();
  readonly milestones = input.required<readonly MilestoneView[]>();
  readonly readOnly = input(false);
  /** The new list after a change. */
  readonly changed = output<MilestoneView[]>();

  protected readonly sorted = computed(() => sortMilestones(this.milestones()));
  protected readonly today = computed(() => todayIn(this.auth.user()?.timeZone));
  protected readonly draft = signal<Draft | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);

  protected overdue(milestone: MilestoneView): boolean {
    return isOverdue(milestone, this.today());
  }

  protected day(value: string): string {
    return formatDay(value, this.i18n.locale());
  }

  protected edit(milestone: MilestoneView | null): void {
    this.error.set(null);
    this.draft.set(
      milestone
        ? { id: milestone.id, title: milestone.title, dueOn: milestone.dueOn }
        : { id: null, title: '', dueOn: '' },
    );
  }

  protected patch(change: Partial<Draft>): void {
    this.draft.update((draft) => (draft ? { ...draft, ...change } : draft));
  }

  protected async save(): Promise<void> {
    const draft = this.draft();
    if (!draft) return;
    await this.run(async () => {
      const title = draft.title.trim();
      if (draft.id) {
        const updated = await this.api.updateMilestone({ id: draft.id, title, dueOn: draft.dueOn });
        this.changed.emit(this.milestones().map((m) => (m.id === updated.id ? updated : m)));
      } else {
        const added = await this.api.addMilestone(this.engagementId(), title, draft.dueOn);
        this.changed.emit([...this.milestones(), added]);
      }
      this.draft.set(null);
    });
  }

  protected complete(milestone: MilestoneView): Promise<void> {
    return this.run(async () => {
      const updated = await this.api.updateMilestone({ id: milestone.id, done: true });
      this.changed.emit(this.milestones().map((m) => (m.id === updated.id ? updated : m)));
    });
  }

  protected remove(milestone: MilestoneView): Promise<void> {
    return this.run(async () => {
      await this.api.removeMilestone(milestone.id);
      this.changed.emit(this.milestones().filter((m) => m.id !== milestone.id));
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
    } catch (caught) {
      this.error.set(toAppError(caught));
    } finally {
      this.busy.set(false);
    }
  }
}
