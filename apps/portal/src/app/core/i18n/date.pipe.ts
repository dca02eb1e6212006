import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from './i18n.service';

/** `{{ createdAt | localDate }}`: an API date in the UI language and the viewer's time zone. */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: string | null | undefined, style: 'date' | 'dateTime' = 'date'): string {
    return this.i18n.formatDate(value, style);
  }
}
