import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { IconComponent } from '@bridge/ui';
import { TranslatePipe } from '../i18n';

/** The account menu of the toolbar: who is signed in, the account page and sign-out. */
@Component({
  selector: 'bridge-user-menu',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatMenuModule, MatDividerModule, RouterLink, IconComponent, TranslatePipe],
  template: `
    <button
      mat-icon-button
      type="button"
      data-testid="user-menu"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'shell.userMenu' | t: { name: displayName() }"
    >
      <bridge-icon name="account" />
    </button>
    <mat-menu #menu="matMenu" xPosition="before">
      <div class="user-menu__who">
        <strong>{{ displayName() }}</strong>
        @if (email()) {
          <span>{{ email() }}</span>
        }
      </div>
      <mat-divider />
      <a mat-menu-item routerLink="/account" data-testid="menu-account">
        <bridge-icon name="account" [size]="20" />
        <span>{{ 'nav.account' | t }}</span>
      </a>
      <button mat-menu-item type="button" data-testid="sign-out" (click)="signOut.emit()">
        <bridge-icon name="logout" [size]="20" />
        <span>{{ 'actions.signOut' | t }}</span>
      </button>
    </mat-menu>
  `,
  styles: `
    .user-menu__who {
      display: flex;
      flex-direction: column;
      padding: 8px 16px 12px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .user-menu__who strong {
      color: var(--mat-sys-on-surface);
    }
    bridge-icon {
      margin-inline-end: 12px;
    }
  `,
})
export class UserMenuComponent {
  readonly displayName = input.required<string>();
  readonly email = input<string | null>(null);
  readonly signOut = output<void>();
}
