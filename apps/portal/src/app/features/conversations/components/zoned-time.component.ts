import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { introLabels } from '../../introductions/data/intro-labels';
import { meetingTimes, viewerTimeZone } from '../data/meeting-time';

/**
 * One meeting time shown three ways: Beijing, Moscow and the viewer's own zone (their profile's,
 * else the browser's). `testIdPrefix` names the lines (`meeting-time-beijing`, …).
 */
@Component({
  selector: 'bridge-zoned-time',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <dl class="zoned" [class.zoned--compact]="compact()">
      @for (time of times(); track time.view) {
        <div
          class="zoned__row"
          [attr.data-testid]="testIdPrefix() + '-' + time.view"
          [attr.data-zone]="time.timeZone"
        >
          <dt>{{ labels.zone(time.view) | t: { zone: time.timeZone } }}</dt>
          <dd>
            <time [attr.datetime]="startsAt()">{{ time.text }}</time>
          </dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .zoned {
      display: grid;
      gap: 2px;
      margin: 0;
    }
    .zoned__row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 8px;
    }
    .zoned dt {
      min-width: 7em;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-medium);
    }
    .zoned dd {
      margin: 0;
      font: var(--mat-sys-body-medium);
    }
    .zoned--compact dd {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class ZonedTimeComponent {
  private readonly i18n = inject(I18nService);
  protected readonly labels = introLabels;

  readonly startsAt = input.required<string>();
  /** With a duration, the span is shown. */
  readonly minutes = input<number | null>(null);
  readonly testIdPrefix = input('meeting-time');
  readonly compact = input(false);

  protected readonly times = computed(() =>
    meetingTimes(this.startsAt(), {
      locale: this.i18n.locale(),
      viewerZone: viewerTimeZone(this.i18n.timeZone()),
      minutes: this.minutes(),
    }),
  );
}
