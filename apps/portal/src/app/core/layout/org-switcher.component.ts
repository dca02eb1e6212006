import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { ContentLanguage, Locale, LocalizedText, resolveText } from '@bridge/contracts';
import { IconComponent } from '@bridge/ui';
import { I18nService, TranslatePipe } from '../i18n';

export interface OrganizationChoice {
  id: string;
  name: LocalizedText;
}

/** Switches the organisation the viewer acts for (shown when they have several memberships). */
@Component({
  selector: 'bridge-org-switcher',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatMenuModule, IconComponent, TranslatePipe],
  template: `
    <button
      mat-button
      type="button"
      class="org-switcher"
      data-testid="org-switcher"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'shell.switchOrganization' | t: { name: nameOf(active()?.name) }"
    >
      <bridge-icon name="swap" [size]="20" />
      <span class="org-switcher__name">{{ nameOf(active()?.name) }}</span>
      <bridge-icon name="arrowDropDown" [size]="20" />
    </button>
    <mat-menu #menu="matMenu">
      @for (choice of choices(); track choice.id) {
        <button
          mat-menu-item
          type="button"
          [attr.data-testid]="'org-option-' + choice.id"
          [attr.aria-current]="choice.id === active()?.id ? 'true' : null"
          (click)="choice.id !== active()?.id && switchTo.emit(choice.id)"
        >
          <span [attr.lang]="langOf(choice.name)">{{ nameOf(choice.name) }}</span>
          @if (choice.id === active()?.id) {
            <span class="org-switcher__current">({{ 'shell.currentOrganization' | t }})</span>
          }
        </button>
      }
    </mat-menu>
  `,
  styles: `
    .org-switcher__name {
      max-width: 16ch;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      display: inline-block;
      vertical-align: middle;
      margin: 0 4px;
    }
    .org-switcher__current {
      margin-inline-start: 8px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class OrgSwitcherComponent {
  private readonly i18n = inject(I18nService);
  readonly choices = input.required<readonly OrganizationChoice[]>();
  readonly active = input<OrganizationChoice | null>(null);
  readonly switchTo = output<string>();

  protected nameOf(name: LocalizedText | undefined): string {
    return resolveText(name, this.locale())?.text ?? '—';
  }

  protected langOf(name: LocalizedText): string | null {
    const language: ContentLanguage | undefined = resolveText(name, this.locale())?.language;
    return language === 'zh' ? 'zh-CN' : (language ?? null);
  }

  private locale(): Locale {
    return this.i18n.locale();
  }
}
