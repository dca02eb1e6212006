import { Pipe, PipeTransform, inject } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { I18nService } from '../i18n';
import { validationMessage } from './control-errors';

/** `<mat-error>{{ form.controls.email | fieldError }}</mat-error>`: the translated validation message. */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(control: AbstractControl | null | undefined): string {
    const message = validationMessage(control?.errors);
    if (!message) return '';
    return this.i18n.t(this.i18n.has(message.key) ? message.key : 'validation.invalid', message.params);
  }
}
