import { Injectable, Injector, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { AppError } from '../errors/app-error';
import { ErrorMessages } from '../errors/error-message';
import { I18nService } from '../i18n';
import type { ConfirmDialogData } from './confirm-dialog.component';

/**
 * Toasts for completed actions and confirmations before destructive ones, in the UI language. The
 * snack-bar and dialog code loads on first use, keeping it out of the initial bundle.
 */
@Injectable({ providedIn: 'root' })
export class NotifyService {
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18nService);
  private readonly errors = inject(ErrorMessages);

  /** `message` comes translated. */
  success(message: string): void {
    void this.toast(message, { duration: 4000, politeness: 'polite' });
  }

  error(error: AppError): void {
    void this.toast(this.errors.message(error), { duration: 8000, politeness: 'assertive' });
  }

  /** Asks before a destructive action; resolves true when confirmed. Texts come translated. */
  async confirm(data: Omit<ConfirmDialogData, 'cancelLabel'> & { cancelLabel?: string }): Promise<boolean> {
    const [{ MatDialog }, { ConfirmDialogComponent }] = await Promise.all([
      import('@angular/material/dialog'),
      import('./confirm-dialog.component'),
    ]);
    const ref = this.injector
      .get(MatDialog)
      .open<InstanceType<typeof ConfirmDialogComponent>, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
        data: { cancelLabel: this.i18n.t('actions.cancel'), ...data },
        maxWidth: '28rem',
      });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }

  private async toast(message: string, config: { duration: number; politeness: 'polite' | 'assertive' }) {
    const { MatSnackBar } = await import('@angular/material/snack-bar');
    this.injector.get(MatSnackBar).open(message, this.i18n.t('actions.close'), config);
  }
}
