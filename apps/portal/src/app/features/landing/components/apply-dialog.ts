import { MatDialog } from '@angular/material/dialog';
import { LANDING_LIMITS, resolveText } from '@bridge/contracts';
import type { I18nService } from '../../../core/i18n';
import type { LandingApi } from '../data/landing.api';
import type { ApplicationView, OfferView } from '../data/landing.types';
import { MessageDialogComponent, MessageDialogData } from './message-dialog.component';

/** Opens the application form for an offer; resolves with the application, or null when cancelled. */
export function openApplyDialog(
  dialog: MatDialog,
  api: LandingApi,
  i18n: I18nService,
  offer: Pick<OfferView, 'id' | 'title'>,
  projectId: string,
): Promise<ApplicationView | null> {
  const title = resolveText(offer.title, i18n.locale())?.text ?? '';
  const data: MessageDialogData<ApplicationView> = {
    title: i18n.t('landing.apply.title', { title }),
    label: 'landing.apply.message',
    hint: i18n.t('landing.apply.messageHint', {
      min: LANDING_LIMITS.messageMinLength,
      max: LANDING_LIMITS.messageMaxLength,
    }),
    submit: 'landing.apply.submit',
    min: LANDING_LIMITS.messageMinLength,
    max: LANDING_LIMITS.messageMaxLength,
    testId: 'apply',
    send: (message) => api.apply(offer.id, projectId, message),
  };
  const ref = dialog.open<
    MessageDialogComponent<ApplicationView>,
    MessageDialogData<ApplicationView>,
    ApplicationView
  >(MessageDialogComponent, { data, width: '600px', maxWidth: '96vw', autoFocus: 'first-tabbable' });
  return new Promise((resolve) => ref.afterClosed().subscribe((application) => resolve(application ?? null)));
}
