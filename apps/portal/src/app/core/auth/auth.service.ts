import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { Router } from '@angular/router';
import { Capability } from '@bridge/contracts';
import { AppError } from '../errors/app-error';
import {
  AcceptInvitationDocument,
  ChangePasswordDocument,
  ChangePasswordInput,
  MeDocument,
  SignInDocument,
  SignInInput,
  SignOutDocument,
  SignUpDocument,
  SignUpInput,
  SwitchOrganizationDocument,
  UpdateMyProfileDocument,
  UpdateMyProfileInput,
  UserFieldsFragment,
  ViewerFieldsFragment,
} from '../graphql/generated';
import { GraphqlService } from '../graphql/graphql.service';
import { I18nService } from '../i18n/i18n.service';
import { fromGqlLocale } from '../i18n/locale';

export type Viewer = ViewerFieldsFragment;

/** Who is signed in (the `me` Viewer) and the mutations that change it. null = signed out. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly gql = inject(GraphqlService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly _viewer = signal<Viewer | null>(null);
  private readonly _loadError = signal<AppError | null>(null);

  readonly viewer = this._viewer.asReadonly();
  /** Set when `me` could not be loaded at start (API down): the portal then acts signed out. */
  readonly loadError = this._loadError.asReadonly();
  readonly signedIn = computed(() => this._viewer() !== null);
  readonly user = computed(() => this._viewer()?.user ?? null);
  readonly activeOrganization = computed(() => this._viewer()?.activeOrganization ?? null);
  readonly memberships = computed(() => this._viewer()?.memberships ?? []);
  readonly capabilities = computed<ReadonlySet<Capability>>(
    () => new Set(this._viewer()?.capabilities ?? []),
  );
  /** The viewer's membership in the active organisation. */
  readonly activeMembership = computed(() => {
    const active = this.activeOrganization();
    return active ? (this.memberships().find((m) => m.organization.id === active.id) ?? null) : null;
  });

  constructor() {
    effect(() => {
      if (this.gql.sessionEnded() === 0) return;
      untracked(() => this.onSessionEnded());
    });
  }

  can(capability: Capability): boolean {
    return this.capabilities().has(capability);
  }

  /** Loads the viewer; run once at start by the app initializer, and after changes of membership. */
  async load(): Promise<void> {
    try {
      const { me } = await this.gql.query(MeDocument);
      this.setViewer(me ?? null);
      this._loadError.set(null);
    } catch (error) {
      this.setViewer(null);
      this._loadError.set(error as AppError);
    }
  }

  async signIn(input: SignInInput): Promise<Viewer> {
    const { signIn } = await this.gql.mutate(SignInDocument, { input });
    return this.setViewer(signIn);
  }

  async signUp(input: SignUpInput): Promise<Viewer> {
    const { signUp } = await this.gql.mutate(SignUpDocument, { input });
    return this.setViewer(signUp);
  }

  /**
   * Takes the viewer of a session another feature's mutation started (e.g. signing up from a judge
   * invitation), so that the mutation's document stays in that feature's lazy chunk.
   */
  signedInAs(viewer: Viewer): Viewer {
    return this.setViewer(viewer);
  }

  async signOut(): Promise<void> {
    try {
      await this.gql.mutate(SignOutDocument);
    } catch (error) {
      if ((error as AppError).code !== 'UNAUTHENTICATED') throw error;
    }
    this.setViewer(null);
  }

  /** Changes the password; the server ends every other session and keeps this browser signed in. */
  async changePassword(input: ChangePasswordInput): Promise<void> {
    await this.gql.mutate(ChangePasswordDocument, { input });
  }

  async updateProfile(input: UpdateMyProfileInput): Promise<UserFieldsFragment> {
    const { updateMyProfile } = await this.gql.mutate(UpdateMyProfileDocument, { input });
    const viewer = this._viewer();
    if (viewer) this._viewer.set({ ...viewer, user: updateMyProfile });
    this.i18n.setTimeZone(updateMyProfile.timeZone);
    return updateMyProfile;
  }

  async switchOrganization(organizationId: string): Promise<Viewer> {
    const { switchOrganization } = await this.gql.mutate(SwitchOrganizationDocument, {
      input: { organizationId },
    });
    return this.setViewer(switchOrganization);
  }

  async acceptInvitation(token: string): Promise<Viewer> {
    const { acceptInvitation } = await this.gql.mutate(AcceptInvitationDocument, { input: { token } });
    return this.setViewer(acceptInvitation);
  }

  private setViewer<T extends Viewer | null>(viewer: T): T {
    this._viewer.set(viewer);
    this.i18n.setTimeZone(viewer?.user.timeZone);
    // A language the user picked in this browser wins; otherwise follow the profile's language.
    if (viewer && !this.i18n.explicitChoice()) {
      void this.i18n.setLocale(fromGqlLocale(viewer.user.locale), { remember: false });
    }
    return viewer;
  }

  private onSessionEnded(): void {
    if (!this._viewer()) return;
    this.setViewer(null);
    void this.router.navigate(['/sign-in'], {
      queryParams: { returnUrl: this.router.url, reason: 'expired' },
    });
  }
}
