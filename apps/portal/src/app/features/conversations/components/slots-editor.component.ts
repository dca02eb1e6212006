import { ChangeDetectionStrategy, Component, computed, inject, input, model } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MATCHMAKING_LIMITS } from '@bridge/contracts';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { introLabels } from '../../introductions/data/intro-labels';
import { viewerTimeZone } from '../data/meeting-time';
import { DURATION_CHOICES, SlotInput, defaultSlot, slotProblem, slotToIso } from '../data/slot-input';
import { ZonedTimeComponent } from './zoned-time.component';

/**
 * Up to five meeting slots typed as date + time in the viewer's zone and a duration; each valid one
 * is shown also in Beijing and Moscow time. Test ids: `<prefix>-slot-date-<i>`, `<prefix>-slot-time-<i>`,
 * `<prefix>-slot-minutes-<i>`, `<prefix>-add-slot`.
 */
@Component({
  selector: 'bridge-slots-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe, ZonedTimeComponent],
  template: `
    <ol class="slots">
      @for (slot of rows(); track $index; let i = $index) {
        <li class="slot" [attr.aria-label]="'introductions.request.slotLabel' | t: { index: i + 1 }">
          <div class="slot__inputs">
            <label>
              <span>{{ 'introductions.request.slotDate' | t }}</span>
              <input
                type="date"
                [value]="slot.row.date"
                (change)="patch(i, { date: $any($event.target).value })"
                [attr.data-testid]="prefix() + '-slot-date-' + i"
                [attr.aria-invalid]="!!slot.problem"
              />
            </label>
            <label>
              <span>{{ 'introductions.request.slotTime' | t }}</span>
              <input
                type="time"
                [value]="slot.row.time"
                (change)="patch(i, { time: $any($event.target).value })"
                [attr.data-testid]="prefix() + '-slot-time-' + i"
                [attr.aria-invalid]="!!slot.problem"
              />
            </label>
            <label>
              <span>{{ 'introductions.request.slotDuration' | t }}</span>
              <select
                [value]="slot.row.minutes"
                (change)="patch(i, { minutes: +$any($event.target).value })"
                [attr.data-testid]="prefix() + '-slot-minutes-' + i"
              >
                @for (m of durations; track m) {
                  <option [value]="m" [selected]="m === slot.row.minutes">
                    {{ 'introductions.request.minutes' | t: { count: m } }}
                  </option>
                }
              </select>
            </label>
            @if (rows().length > minSlots()) {
              <button
                mat-button
                type="button"
                (click)="remove(i)"
                [attr.aria-label]="'introductions.request.removeSlotAria' | t: { index: i + 1 }"
                [attr.data-testid]="prefix() + '-remove-slot-' + i"
              >
                {{ 'introductions.request.removeSlot' | t }}
              </button>
            }
          </div>
          @if (slot.iso && !slot.problem) {
            <bridge-zoned-time
              [startsAt]="slot.iso"
              [minutes]="slot.row.minutes"
              [compact]="true"
              testIdPrefix="slot-time"
            />
          }
          @if (showErrors() && slot.problem) {
            <p class="slot__error" role="alert" [attr.data-testid]="prefix() + '-slot-error-' + i">
              {{ labels.slotProblem(slot.problem) | t: limits }}
            </p>
          }
        </li>
      }
    </ol>
    @if (rows().length < max) {
      <button mat-stroked-button type="button" (click)="add()" [attr.data-testid]="prefix() + '-add-slot'">
        {{ 'introductions.request.addSlot' | t }}
      </button>
    }
  `,
  styles: `
    .slots {
      display: grid;
      gap: 12px;
      margin: 0 0 8px;
      padding: 0;
      list-style: none;
    }
    .slot {
      padding: 8px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
    }
    .slot__inputs {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 8px 12px;
      margin-bottom: 6px;
    }
    .slot__inputs label {
      display: grid;
      gap: 2px;
      font: var(--mat-sys-label-medium);
    }
    .slot__inputs input,
    .slot__inputs select {
      min-height: 36px;
      padding: 4px 8px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-extra-small);
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-medium);
    }
    .slot__error {
      margin: 4px 0 0;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class SlotsEditorComponent {
  private readonly i18n = inject(I18nService);

  /** The slots as typed (two-way). */
  readonly slots = model<SlotInput[]>([]);
  /** Test-id prefix: `intro` or `meeting`. */
  readonly prefix = input.required<string>();
  /** The fewest rows kept (a meeting proposal needs one). */
  readonly minSlots = input(0);
  /** Shows each wrong slot's problem (after a submit). */
  readonly showErrors = input(false);

  protected readonly labels = introLabels;
  protected readonly max = MATCHMAKING_LIMITS.slotsPerProposal;
  protected readonly durations = DURATION_CHOICES;
  protected readonly limits = {
    min: MATCHMAKING_LIMITS.meetingMinMinutes,
    max: MATCHMAKING_LIMITS.meetingMaxMinutes,
  };
  protected readonly zone = computed(() => viewerTimeZone(this.i18n.timeZone()));
  protected readonly rows = computed(() =>
    this.slots().map((row) => ({
      row,
      iso: slotToIso(row.date, row.time, this.zone()),
      problem: slotProblem(row, this.zone()),
    })),
  );

  protected add(): void {
    if (this.slots().length >= this.max) return;
    const last = this.slots().at(-1);
    this.slots.update((slots) => [...slots, last ? { ...last } : defaultSlot(this.zone())]);
  }

  protected remove(index: number): void {
    this.slots.update((slots) => slots.filter((_, i) => i !== index));
  }

  protected patch(index: number, change: Partial<SlotInput>): void {
    this.slots.update((slots) => slots.map((slot, i) => (i === index ? { ...slot, ...change } : slot)));
  }
}
