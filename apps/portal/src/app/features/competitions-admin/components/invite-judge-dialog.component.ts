import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, DOCUMENT, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { IconComponent } from '@bridge/ui';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { FieldErrorPipe, applyServerErrors } from '../../../core/forms';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { Judge, JudgingApi } from '../data/judging.api';
import { integerRange } from '../logic/settings-form';

export interface InviteJudgeDialogData {
  competitionId: string;
}

/** Invites a judge by e-mail, then shows the invitation link once, to copy and pass on. */
@Component({
  selector: 'bridge-invite-judge-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatInputModule,
    IconComponent,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessagePipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'adminJudging.inviteDialog.title' | t }}</h2>
    @if (created(); as created) {
      <mat-dialog-content>
        <div class="link" role="status" data-testid="judge-invite-link">
          <p>
            <strong>{{ 'adminJudging.inviteDialog.link' | t }}</strong> —
            {{ 'adminJudging.inviteDialog.linkHint' | t: { email: created.judge.email } }}
          </p>
          <code data-testid="judge-invite-link-url">{{ created.link }}</code>
          <button mat-stroked-button type="button" data-testid="judge-copy-link" (click)="copy(created.link)">
            <bridge-icon name="copy" [size]="20" />
            {{ 'adminJudging.inviteDialog.copy' | t }}
          </button>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button
          mat-flat-button
          type="button"
          data-testid="judge-invite-done"
          [mat-dialog-close]="created.judge"
        >
          {{ 'adminJudging.inviteDialog.done' | t }}
        </button>
      </mat-dialog-actions>
    } @else {
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="judge-invite-form">
        <mat-dialog-content class="bridge-form">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'adminJudging.inviteDialog.displayName' | t }}</mat-label>
            <input matInput formControlName="displayName" data-testid="judge-name" required />
            <mat-error>{{ form.controls.displayName | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'adminJudging.inviteDialog.email' | t }}</mat-label>
            <input matInput type="email" formControlName="email" data-testid="judge-email" required />
            <mat-error>{{ form.controls.email | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'adminJudging.inviteDialog.affiliation' | t }}</mat-label>
            <input matInput formControlName="affiliation" data-testid="judge-affiliation" />
            <mat-hint>{{ 'adminJudging.inviteDialog.affiliationHint' | t }}</mat-hint>
            <mat-error>{{ form.controls.affiliation | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'adminJudging.inviteDialog.loadLimit' | t }}</mat-label>
            <input matInput type="number" formControlName="loadLimit" data-testid="judge-load-limit" />
            <mat-hint>{{ 'adminJudging.inviteDialog.loadLimitHint' | t }}</mat-hint>
            <mat-error>{{ form.controls.loadLimit | fieldError }}</mat-error>
          </mat-form-field>
          @if (error(); as error) {
            <p class="bridge-form-error" role="alert" data-testid="judge-invite-error">
              {{ error | errorMessage }}
            </p>
          }
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close>{{ 'actions.cancel' | t }}</button>
          <button mat-flat-button type="submit" data-testid="judge-invite-submit" [disabled]="submitting()">
            {{ (submitting() ? 'actions.saving' : 'adminJudging.inviteDialog.submit') | t }}
          </button>
        </mat-dialog-actions>
      </form>
    }
  `,
  styles: `
    .link {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .link p {
      margin: 0;
      flex-basis: 100%;
    }
    .link code {
      flex: 1 1 16rem;
      overflow-wrap: anywhere;
      font-size: 0.9em;
    }
  `,
})
export class InviteJudgeDialogComponent {
  private readonly api = inject(JudgingApi);
  private readonly clipboard = inject(Clipboard);
  private readonly notify = inject(NotifyService);
  private readonly i18n = inject(I18nService);
  private readonly origin = inject(DOCUMENT).location.origin;
  private readonly data = inject<InviteJudgeDialogData>(MAT_DIALOG_DATA);

  protected readonly form = new FormGroup({
    displayName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(120)],
    }),
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email, Validators.maxLength(254)],
    }),
    affiliation: new FormControl('', { nonNullable: true, validators: Validators.maxLength(200) }),
    loadLimit: new FormControl<number | null>(null, { validators: integerRange(1, 10000) }),
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly created = signal<{ judge: Judge; link: string } | null>(null);

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const value = this.form.getRawValue();
    try {
      const { judge, token } = await this.api.invite({
        competitionId: this.data.competitionId,
        displayName: value.displayName.trim(),
        email: value.email.trim(),
        affiliation: value.affiliation.trim() || null,
        loadLimit: value.loadLimit,
      });
      this.created.set({ judge, link: `${this.origin}/judge-invitations/${encodeURIComponent(token)}` });
      this.notify.success(this.i18n.t('adminJudging.inviteDialog.created', { email: judge.email }));
    } catch (caught) {
      const error = toAppError(caught);
      if (!applyServerErrors(this.form, error)) this.error.set(error);
    } finally {
      this.submitting.set(false);
    }
  }

  protected copy(link: string): void {
    if (this.clipboard.copy(link)) this.notify.success(this.i18n.t('adminJudging.inviteDialog.copied'));
  }
}
