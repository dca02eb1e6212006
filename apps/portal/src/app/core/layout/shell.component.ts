import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import {
  NavigationCancel,
  NavigationEnd,
  NavigationError,
  NavigationStart,
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { LOCALES, isLocale, resolveText } from '@bridge/contracts';
import { IconComponent, LanguageOption, LanguageSwitchComponent } from '@bridge/ui';
import { filter, map } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LanguagePreferenceService } from '../auth/language-preference.service';
import { AppError } from '../errors/app-error';
import { NotifyService } from '../feedback/notify.service';
import { NotificationBellComponent } from '../../features/notifications/components/notification-bell.component';
import { I18nService, LANGUAGE_NAMES, TranslatePipe } from '../i18n';
import { visibleNavItems } from './nav-items';
import { OrgSwitcherComponent } from './org-switcher.component';
import { UserMenuComponent } from './user-menu.component';

/** The frame of every page: toolbar, responsive navigation, progress while a page loads. */
@Component({
  selector: 'bridge-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatSidenavModule,
    MatButtonModule,
    MatProgressBarModule,
    IconComponent,
    LanguageSwitchComponent,
    OrgSwitcherComponent,
    UserMenuComponent,
    NotificationBellComponent,
    TranslatePipe,
  ],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
})
export class ShellComponent {
  protected readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  private readonly language = inject(LanguagePreferenceService);
  private readonly notify = inject(NotifyService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly sidenav = viewChild(MatSidenav);

  protected readonly languages: readonly LanguageOption[] = LOCALES.map((value) => ({
    value,
    label: LANGUAGE_NAMES[value].name,
    short: LANGUAGE_NAMES[value].short,
  }));
  protected readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe([Breakpoints.XSmall, Breakpoints.Small])
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly navigating = toSignal(
    this.router.events.pipe(
      filter(
        (event) =>
          event instanceof NavigationStart ||
          event instanceof NavigationEnd ||
          event instanceof NavigationCancel ||
          event instanceof NavigationError,
      ),
      map((event) => event instanceof NavigationStart),
    ),
    { initialValue: false },
  );
  protected readonly navItems = computed(() =>
    visibleNavItems(
      this.auth.capabilities(),
      this.auth.activeOrganization() !== null,
      this.auth.activeOrganization()?.kind ?? null,
    ),
  );
  protected readonly organizations = computed(() =>
    this.auth.memberships().map((membership) => membership.organization),
  );
  protected readonly showNav = computed(() => this.auth.signedIn());
  protected readonly sidenavOpen = signal(true);

  constructor() {
    // Close the overlay navigation on phones after following a link.
    this.router.events.pipe(filter((event) => event instanceof NavigationEnd)).subscribe(() => {
      if (this.handset()) void this.sidenav()?.close();
    });
    effect(() => this.sidenavOpen.set(!this.handset()));
  }

  protected changeLanguage(value: string): void {
    if (isLocale(value)) void this.language.change(value);
  }

  protected async switchOrganization(id: string): Promise<void> {
    try {
      const viewer = await this.auth.switchOrganization(id);
      const name = resolveText(viewer.activeOrganization?.name, this.i18n.locale())?.text ?? '';
      this.notify.success(this.i18n.t('shell.switched', { name }));
      await this.router.navigateByUrl('/dashboard');
    } catch (error) {
      this.notify.error(error as AppError);
    }
  }

  protected async signOut(): Promise<void> {
    try {
      await this.auth.signOut();
      this.notify.success(this.i18n.t('shell.signedOut'));
      await this.router.navigateByUrl('/');
    } catch (error) {
      this.notify.error(error as AppError);
    }
  }

  protected focusMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main')?.focus();
  }
}
