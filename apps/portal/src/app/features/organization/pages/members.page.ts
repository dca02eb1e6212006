import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router } from '@angular/router';
import { MEMBERSHIP_ROLES, MembershipRole, resolveText } from '@bridge/contracts';
import { EmptyStateComponent, ErrorStateComponent, IconComponent, LoadingComponent } from '@bridge/ui';
import { AuthService } from '../../../core/auth/auth.service';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { InvitationFieldsFragment, MemberFieldsFragment } from '../../../core/graphql/generated';
import { I18nService, LocalDatePipe, TranslatePipe, labels } from '../../../core/i18n';
import { InviteFormComponent } from '../components/invite-form.component';
import { OrganizationApi, OrganizationMembers } from '../data/organization.api';

/** Members of the active organisation: owners invite, change roles and remove; everyone can leave. */
@Component({
  selector: 'bridge-members-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    MatSelectModule,
    MatTableModule,
    EmptyStateComponent,
    ErrorStateComponent,
    IconComponent,
    LoadingComponent,
    InviteFormComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './members.page.html',
  styleUrl: './members.page.scss',
})
export class MembersPage {
  private readonly api = inject(OrganizationApi);
  private readonly auth = inject(AuthService);
  private readonly notify = inject(NotifyService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  protected readonly labels = labels;
  protected readonly roles = MEMBERSHIP_ROLES;
  protected readonly organization = computed(() => this.auth.activeOrganization());
  protected readonly organizationName = computed(
    () => resolveText(this.organization()?.name, this.i18n.locale())?.text ?? '',
  );
  protected readonly data = new Loader<OrganizationMembers | null>();
  protected readonly isOwner = computed(() => this.data.value()?.viewerRole === 'OWNER');
  protected readonly ownMembershipId = computed(() => this.auth.activeMembership()?.id ?? null);
  protected readonly members = computed(() => this.data.value()?.members ?? []);
  protected readonly pendingInvitations = computed(() =>
    (this.data.value()?.invitations ?? []).filter((invitation) => invitation.status === 'PENDING'),
  );
  protected readonly columns = computed(() =>
    this.isOwner() ? ['name', 'email', 'role', 'since', 'actions'] : ['name', 'email', 'role', 'since'],
  );

  constructor() {
    effect(() => {
      const id = this.organization()?.id;
      if (id) untracked(() => void this.load(id));
    });
  }

  protected load(id = this.organization()?.id): Promise<void> {
    return id ? this.data.run(() => this.api.members(id)) : Promise.resolve();
  }

  protected async changeRole(member: MemberFieldsFragment, role: MembershipRole): Promise<void> {
    try {
      const changed = await this.api.changeRole(member.id, role);
      this.replaceMember({ ...member, role: changed.role });
      const roleLabel = this.i18n.t(labels.role(changed.role));
      this.notify.success(
        this.i18n.t('members.roleChanged', { name: member.user.displayName, role: roleLabel }),
      );
      if (member.id === this.ownMembershipId()) await this.auth.load();
    } catch (error) {
      this.notify.error(error as AppError);
      // Put the select back to the role the server kept.
      this.replaceMember({ ...member });
    }
  }

  protected async remove(member: MemberFieldsFragment): Promise<void> {
    const name = member.user.displayName;
    const confirmed = await this.notify.confirm({
      title: this.i18n.t('members.removeTitle', { name }),
      message: this.i18n.t('members.removeText', { name, organization: this.organizationName() }),
      confirmLabel: this.i18n.t('actions.remove'),
      destructive: true,
    });
    if (!confirmed) return;
    try {
      await this.api.removeMember(member.id);
      this.data.update(
        (data) => data && { ...data, members: (data.members ?? []).filter((m) => m.id !== member.id) },
      );
      this.notify.success(this.i18n.t('members.removed', { name }));
    } catch (error) {
      this.notify.error(error as AppError);
    }
  }

  protected async leave(): Promise<void> {
    const membershipId = this.ownMembershipId();
    const organization = this.organizationName();
    if (!membershipId) return;
    const confirmed = await this.notify.confirm({
      title: this.i18n.t('members.leaveTitle', { organization }),
      message: this.i18n.t('members.leaveText'),
      confirmLabel: this.i18n.t('actions.leave'),
      destructive: true,
    });
    if (!confirmed) return;
    try {
      await this.api.removeMember(membershipId);
      await this.auth.load();
      this.notify.success(this.i18n.t('members.left', { organization }));
      await this.router.navigateByUrl('/dashboard');
    } catch (error) {
      this.notify.error(error as AppError);
    }
  }

  protected async revoke(invitation: InvitationFieldsFragment): Promise<void> {
    const confirmed = await this.notify.confirm({
      title: this.i18n.t('members.invitations.revokeTitle', { email: invitation.email }),
      message: this.i18n.t('members.invitations.revokeText'),
      confirmLabel: this.i18n.t('actions.revoke'),
      destructive: true,
    });
    if (!confirmed) return;
    try {
      const revoked = await this.api.revokeInvitation(invitation.id);
      this.replaceInvitation(revoked);
      this.notify.success(this.i18n.t('members.invitations.revoked'));
    } catch (error) {
      this.notify.error(error as AppError);
    }
  }

  protected addInvitation(invitation: InvitationFieldsFragment): void {
    this.data.update(
      (data) =>
        data && {
          ...data,
          invitations: [invitation, ...(data.invitations ?? []).filter((i) => i.id !== invitation.id)],
        },
    );
  }

  private replaceMember(member: MemberFieldsFragment): void {
    this.data.update(
      (data) =>
        data && { ...data, members: (data.members ?? []).map((m) => (m.id === member.id ? member : m)) },
    );
  }

  private replaceInvitation(invitation: InvitationFieldsFragment): void {
    this.data.update(
      (data) =>
        data && {
          ...data,
          invitations: (data.invitations ?? []).map((i) => (i.id === invitation.id ? invitation : i)),
        },
    );
  }
}
