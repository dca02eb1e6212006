import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MEMBERSHIP_ROLES, MembershipRole } from '@bridge/contracts';
import { IconComponent } from '@bridge/ui';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { FieldErrorPipe, applyServerErrors } from '../../../core/forms';
import { InvitationFieldsFragment } from '../../../core/graphql/generated';
import { I18nService, TranslatePipe, labels } from '../../../core/i18n';
import { OrganizationApi } from '../data/organization.api';

/** Owners invite by e-mail and get the link to pass on (the token is shown only once). */
@Component({
  selector: 'bridge-invite-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatInputModule,
    MatSelectModule,
    IconComponent,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessagePipe,
  ],
  templateUrl: './invite-form.component.html',
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
export class InviteFormComponent {
  private readonly api = inject(OrganizationApi);
  private readonly clipboard = inject(Clipboard);
  private readonly notify = inject(NotifyService);
  private readonly i18n = inject(I18nService);
  private readonly origin = inject(DOCUMENT).location.origin;

  readonly organizationId = input.required<string>();
  readonly invited = output<InvitationFieldsFragment>();

  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly roles = MEMBERSHIP_ROLES;
  protected readonly labels = labels;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    role: ['MEMBER' as MembershipRole, Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly created = signal<{ email: string; link: string } | null>(null);

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    this.created.set(null);
    try {
      const { email, role } = this.form.getRawValue();
      const { invitation, token } = await this.api.invite({
        organizationId: this.organizationId(),
        email: email.trim(),
        role,
      });
      this.created.set({
        email: invitation.email,
        link: `${this.origin}/invitations/${encodeURIComponent(token)}`,
      });
      // resetForm also clears the "submitted" state, so the empty field shows no error.
      this.formDirective().resetForm({ email: '', role: 'MEMBER' });
      this.notify.success(this.i18n.t('members.invite.created'));
      this.invited.emit(invitation);
    } catch (caught) {
      const error = toAppError(caught);
      if (!applyServerErrors(this.form, error)) this.error.set(error);
    } finally {
      this.submitting.set(false);
    }
  }

  protected copy(link: string): void {
    if (this.clipboard.copy(link)) this.notify.success(this.i18n.t('members.invite.copied'));
  }
}
