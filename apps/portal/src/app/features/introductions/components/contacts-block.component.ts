import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { resolveText } from '@bridge/contracts';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import type { OrganizationView } from '../data/introduction.types';

/**
 * The contacts of the other side, once the API reveals them (after an accepted introduction); a
 * line saying when they become visible otherwise.
 */
@Component({
  selector: 'bridge-contacts-block',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    @let c = organization().contacts;
    @if (c) {
      <section
        class="contacts"
        data-testid="contacts"
        [attr.aria-label]="'introductions.contacts.title' | t: { name: name() }"
      >
        <h4>{{ 'introductions.contacts.title' | t: { name: name() } }}</h4>
        @if (c.email || c.phone || c.messenger) {
          <dl>
            @if (c.email) {
              <div>
                <dt>{{ 'introductions.contacts.email' | t }}</dt>
                <dd>
                  <a [href]="'mailto:' + c.email" data-testid="contacts-email">{{ c.email }}</a>
                </dd>
              </div>
            }
            @if (c.phone) {
              <div>
                <dt>{{ 'introductions.contacts.phone' | t }}</dt>
                <dd data-testid="contacts-phone">{{ c.phone }}</dd>
              </div>
            }
            @if (c.messenger) {
              <div>
                <dt>{{ 'introductions.contacts.messenger' | t }}</dt>
                <dd data-testid="contacts-messenger">{{ c.messenger }}</dd>
              </div>
            }
          </dl>
        } @else {
          <p>{{ 'introductions.contacts.none' | t }}</p>
        }
      </section>
    } @else if (showHidden()) {
      <p class="contacts-hidden" data-testid="contacts-hidden">{{ 'introductions.contacts.hidden' | t }}</p>
    }
  `,
  styles: `
    .contacts {
      padding: 8px 12px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    h4 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    dl {
      display: grid;
      gap: 2px;
      margin: 0;
    }
    dl div {
      display: flex;
      gap: 8px;
    }
    dd {
      margin: 0;
    }
    a {
      color: inherit;
    }
    .contacts-hidden {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class ContactsBlockComponent {
  private readonly i18n = inject(I18nService);

  readonly organization = input.required<OrganizationView>();
  /** Says when contacts become visible, while they are not. */
  readonly showHidden = input(false);

  protected readonly name = computed(
    () => resolveText(this.organization().name, this.i18n.locale())?.text ?? '',
  );
}
