import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { ENGAGEMENT_LIMITS } from '@bridge/contracts';
import { AuthService } from '../../../core/auth/auth.service';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { engagementLabels } from '../data/engagement-labels';
import type { EngagementView } from '../data/engagement.types';
import { EngagementsApi } from '../data/engagements.api';
import { companyProblems, moveOptions, needsCompany, todayIn } from '../data/stages';
import { StageNamePipe } from './stage-name.pipe';

/**
 * Moves an engagement to another stage of its kind with an optional note; a move to
 * COMPANY_REGISTERED records the company (name, number, date). When someone moved it meanwhile
 * (CONFLICT) it says so and asks the page to reload.
 */
@Component({
  selector: 'bridge-move-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatInputModule, TranslatePipe, ErrorMessagePipe, StageNamePipe],
  template: `
    <form
      class="bridge-form move"
      (submit)="$event.preventDefault(); submit()"
      novalidate
      data-testid="move-form"
    >
      <h2 class="title">{{ 'engagements.move.title' | t }}</h2>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'engagements.move.to' | t }}</mat-label>
        <select
          matNativeControl
          required
          [value]="to() ?? ''"
          (change)="to.set($any($event.target).value)"
          data-testid="move-to"
        >
          @for (option of options(); track option.stage) {
            <option [value]="option.stage" [selected]="option.stage === to()">
              {{ option.stage | stageName }} ({{
                (option.direction === 'forward' ? 'engagements.move.forward' : 'engagements.move.back') | t
              }})
            </option>
          }
        </select>
      </mat-form-field>

      @if (company()) {
        <p class="hint">{{ 'engagements.move.companyHint' | t }}</p>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'engagements.move.companyName' | t }}</mat-label>
          <input
            matInput
            required
            [value]="companyName()"
            (input)="companyName.set($any($event.target).value)"
            [attr.maxlength]="limits.companyNameMaxLength"
            [attr.aria-invalid]="showErrors() && problems().includes('name')"
            data-testid="move-company-name"
          />
          @if (showErrors() && problems().includes('name')) {
            <mat-hint class="error" role="alert">{{ 'engagements.move.required' | t }}</mat-hint>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'engagements.move.companyNumber' | t }}</mat-label>
          <input
            matInput
            required
            [value]="companyNumber()"
            (input)="companyNumber.set($any($event.target).value)"
            [attr.maxlength]="limits.registrationNumberMaxLength"
            [attr.aria-invalid]="showErrors() && problems().includes('registrationNumber')"
            data-testid="move-company-number"
          />
          @if (showErrors() && problems().includes('registrationNumber')) {
            <mat-hint class="error" role="alert">{{ 'engagements.move.required' | t }}</mat-hint>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'engagements.move.companyDate' | t }}</mat-label>
          <input
            matInput
            type="date"
            required
            [max]="today()"
            [value]="companyDate()"
            (input)="companyDate.set($any($event.target).value)"
            [attr.aria-invalid]="showErrors() && problems().includes('registeredOn')"
            data-testid="move-company-date"
          />
          @if (showErrors() && problems().includes('registeredOn')) {
            <mat-hint class="error" role="alert">{{ 'engagements.move.dateInvalid' | t }}</mat-hint>
          }
        </mat-form-field>
      }

      <mat-form-field appearance="outline">
        <mat-label>{{ 'engagements.move.note' | t }}</mat-label>
        <textarea
          matInput
          rows="3"
          [value]="note()"
          (input)="note.set($any($event.target).value)"
          [attr.maxlength]="limits.noteMaxLength"
          data-testid="move-note"
        ></textarea>
        <mat-hint>{{ 'engagements.move.noteHint' | t }}</mat-hint>
      </mat-form-field>

      @if (error(); as e) {
        <p class="bridge-form-error" role="alert" data-testid="move-error">{{ e | errorMessage }}</p>
      }
      @if (conflict()) {
        <p class="bridge-form-error" role="alert" data-testid="move-conflict">
          {{ 'engagements.move.conflict' | t }}
        </p>
      }
      <div class="actions">
        <button mat-button type="button" (click)="cancelled.emit()">
          {{ 'engagements.move.cancel' | t }}
        </button>
        <button mat-flat-button type="submit" [disabled]="busy() || !to()" data-testid="move-submit">
          {{ 'engagements.move.submit' | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .move {
      display: grid;
      gap: 4px;
      max-width: 560px;
    }
    .title {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .hint {
      margin: 0 0 8px;
      font: var(--mat-sys-body-small);
    }
    .error {
      color: var(--mat-sys-error);
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class MoveFormComponent {
  private readonly api = inject(EngagementsApi);
  private readonly auth = inject(AuthService);
  private readonly notify = inject(NotifyService);
  private readonly i18n = inject(I18nService);
  protected readonly limits = ENGAGEMENT_LIMITS;

  readonly engagement = input.required<EngagementView>();
  /** The stage to preselect (a quick forward/back button). */
  readonly initialStage = input<string | null>(null);
  readonly moved = output<EngagementView>();
  /** Someone moved it meanwhile: the page reloads it. */
  readonly stale = output<void>();
  readonly cancelled = output<void>();

  protected readonly options = computed(() => moveOptions(this.engagement()));
  protected readonly to = signal<string | null>(null);
  protected readonly note = signal('');
  protected readonly companyName = signal('');
  protected readonly companyNumber = signal('');
  protected readonly companyDate = signal('');
  protected readonly busy = signal(false);
  protected readonly showErrors = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly conflict = signal(false);
  protected readonly today = computed(() => todayIn(this.auth.user()?.timeZone));
  protected readonly company = computed(() => {
    const to = this.to();
    return !!to && needsCompany(to);
  });
  protected readonly problems = computed(() =>
    this.company()
      ? companyProblems(
          {
            name: this.companyName(),
            registrationNumber: this.companyNumber(),
            registeredOn: this.companyDate(),
          },
          this.today(),
        )
      : [],
  );

  constructor() {
    effect(() => {
      const initial = this.initialStage();
      const options = this.options();
      untracked(() =>
        this.to.set(initial ?? options.find((o) => o.adjacent)?.stage ?? options[0]?.stage ?? null),
      );
    });
  }

  protected async submit(): Promise<void> {
    const to = this.to();
    if (!to || this.busy()) return;
    this.showErrors.set(true);
    if (this.problems().length) return;
    const engagement = this.engagement();
    this.busy.set(true);
    this.error.set(null);
    this.conflict.set(false);
    try {
      const moved = await this.api.move({
        id: engagement.id,
        toStage: to,
        expectedStage: engagement.stage,
        expectedVersion: engagement.version,
        note: this.note().trim() || null,
        registeredCompany: this.company()
          ? {
              name: this.companyName().trim(),
              registrationNumber: this.companyNumber().trim(),
              registeredOn: this.companyDate(),
            }
          : null,
      });
      this.notify.success(this.i18n.t('engagements.move.moved', { stage: this.stageName(moved.stage) }));
      this.moved.emit(moved);
    } catch (caught) {
      const error = toAppError(caught);
      if (error.code === 'CONFLICT' && error.key === 'errors.engagement.stale') {
        this.conflict.set(true);
        this.stale.emit();
      } else this.error.set(error);
    } finally {
      this.busy.set(false);
    }
  }

  private stageName(stage: string): string {
    const key = engagementLabels.stage(stage);
    return key ? this.i18n.t(key) : stage;
  }
}
