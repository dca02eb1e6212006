import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { RuleContext, renderRule } from '../data/eligibility';
import { landingLabels } from '../data/landing-labels';
import type { EligibilityRuleView } from '../data/landing.types';

/** An offer's eligibility for a project, rule by rule: ✓ met, ✗ not met, ? unknown. */
@Component({
  selector: 'bridge-rule-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @if (rendered().length) {
      <ul class="rules" [attr.aria-label]="'landing.rulesLabel' | t">
        @for (rule of rendered(); track rule.key) {
          <li
            [class]="'rule rule--' + rule.state"
            data-testid="offer-rule"
            [attr.data-key]="rule.key"
            [attr.data-met]="rule.state === 'unknown' ? 'unknown' : rule.state === 'met'"
          >
            <span class="symbol" aria-hidden="true">{{ rule.symbol }}</span>
            <span
              ><span class="visually-hidden">{{ labels.ruleState(rule.state) | t }}: </span>{{ rule.text }}
              @if (rule.actual) {
                <span class="actual"> ({{ rule.actual }})</span>
              }
            </span>
          </li>
        }
      </ul>
    } @else {
      <p class="rules-none">{{ 'landing.noRules' | t }}</p>
    }
  `,
  styles: `
    .rules {
      display: grid;
      gap: 2px;
      margin: 0;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-body-medium);
    }
    .rule {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .symbol {
      width: 1.2em;
      font-weight: 700;
    }
    .rule--met .symbol {
      color: var(--bridge-success, #1b6e2b);
    }
    .rule--unmet .symbol {
      color: var(--mat-sys-error);
    }
    .rule--unknown .symbol {
      color: var(--mat-sys-on-surface-variant);
    }
    .actual,
    .rules-none {
      color: var(--mat-sys-on-surface-variant);
    }
    .rules-none {
      margin: 0;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
})
export class RuleListComponent {
  private readonly i18n = inject(I18nService);
  protected readonly labels = landingLabels;

  readonly rules = input.required<readonly EligibilityRuleView[]>();
  /** Field names by code, in the UI language. */
  readonly fieldName = input<(code: string) => string>((code) => code);

  protected readonly rendered = computed(() => {
    const context: RuleContext = {
      t: (key, params) => this.i18n.t(key, params),
      locale: this.i18n.locale(),
      fieldName: this.fieldName(),
    };
    return this.rules().map((rule) => renderRule(rule, context));
  });
}
