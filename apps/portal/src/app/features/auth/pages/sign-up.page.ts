import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { Router, RouterLink } from '@angular/router';
import { safeReturnUrl } from '../../../core/auth/auth.guards';
import { TranslatePipe } from '../../../core/i18n';
import { SignUpFormComponent } from '../components/sign-up-form.component';

@Component({
  selector: 'bridge-sign-up-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, RouterLink, TranslatePipe, SignUpFormComponent],
  template: `
    <mat-card appearance="outlined" class="auth-card">
      <mat-card-header>
        <mat-card-title
          ><h1>{{ 'signUp.title' | t }}</h1></mat-card-title
        >
        <mat-card-subtitle>{{ 'signUp.intro' | t }}</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        <bridge-sign-up-form (signedUp)="done()" />
      </mat-card-content>
      <mat-card-footer class="auth-card__footer">
        {{ 'signUp.haveAccount' | t }}
        <a routerLink="/sign-in" [queryParams]="{ returnUrl: returnUrl() }">{{ 'actions.signIn' | t }}</a>
      </mat-card-footer>
    </mat-card>
  `,
  styleUrl: './auth-page.scss',
})
export class SignUpPage {
  private readonly router = inject(Router);
  readonly returnUrl = input<string>();

  protected done(): void {
    void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()) ?? '/dashboard');
  }
}
