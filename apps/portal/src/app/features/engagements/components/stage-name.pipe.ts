import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from '../../../core/i18n';
import { engagementLabels } from '../data/engagement-labels';

/** A stage code in the UI language (the code itself for a stage this portal does not know). */
@Pipe({ name: 'stageName', pure: false })
export class StageNamePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(stage: string | null | undefined): string {
    if (!stage) return '';
    const key = engagementLabels.stage(stage);
    return key ? this.i18n.t(key) : stage;
  }
}
