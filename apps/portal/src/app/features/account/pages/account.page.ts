import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { TranslatePipe } from '../../../core/i18n';
import { ChangePasswordFormComponent } from '../components/change-password-form.component';
import { NotificationEmailPreferencesComponent } from '../components/notification-email-preferences.component';
import { ProfileFormComponent } from '../components/profile-form.component';

@Component({
  selector: 'bridge-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatCardModule,
    TranslatePipe,
    ProfileFormComponent,
    ChangePasswordFormComponent,
    NotificationEmailPreferencesComponent,
  ],
  template: `
    <header class="bridge-page-header">
      <h1>{{ 'account.title' | t }}</h1>
    </header>
    <div class="account">
      <mat-card appearance="outlined">
        <mat-card-header>
          <mat-card-title
            ><h2>{{ 'account.profile' | t }}</h2></mat-card-title
          >
        </mat-card-header>
        <mat-card-content><bridge-profile-form /></mat-card-content>
      </mat-card>
      <mat-card appearance="outlined">
        <mat-card-header>
          <mat-card-title
            ><h2>{{ 'account.password.title' | t }}</h2></mat-card-title
          >
        </mat-card-header>
        <mat-card-content><bridge-change-password-form /></mat-card-content>
      </mat-card>
      <mat-card appearance="outlined">
        <mat-card-header>
          <mat-card-title
            ><h2>{{ 'account.notificationEmails.title' | t }}</h2></mat-card-title
          >
        </mat-card-header>
        <mat-card-content><bridge-notification-email-preferences /></mat-card-content>
      </mat-card>
    </div>
  `,
  styles: `
    .account {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
      gap: 16px;
      align-items: start;
    }
    mat-card-content {
      padding-top: 8px;
    }
  `,
})
export class AccountPage {}
