import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { CONTENT_LANGUAGES, ContentLanguage, contentLanguageOf } from '@bridge/contracts';
import { IconComponent, LocalizedTextComponent } from '@bridge/ui';
import { I18nService, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { formatMoney } from '../data/money';
import { projectLabels } from '../data/project-labels';
import { ProjectProfile } from '../data/project.types';
import { PlayIconComponent } from './play-icon.component';

const LANG_ATTR: Record<ContentLanguage, string> = { zh: 'zh-CN', en: 'en', ru: 'ru' };

/** Contacts of a project, shown only when the API sent them (the team, organizers). */
export interface ProjectContactsView {
  email?: string | null;
  phone?: string | null;
  messenger?: string | null;
}

/**
 * What a viewer may see of a project: summary, the description in each language it is written in
 * (tabs), facts and links. Shows only what the API sent: a visitor gets the public card only.
 */
@Component({
  selector: 'bridge-project-profile',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTabsModule, IconComponent, LocalizedTextComponent, PlayIconComponent, TranslatePipe],
  templateUrl: './project-profile.component.html',
  styleUrl: './project-profile.component.scss',
})
export class ProjectProfileComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  protected readonly labels = projectLabels;

  readonly project = input.required<ProjectProfile>();
  /** False where the video link is shown elsewhere (beside the scorecard). */
  readonly showVideo = input(true);
  readonly contacts = input<ProjectContactsView | null>(null);

  /** The languages the description is written in; the viewer's own first. */
  protected readonly descriptionLanguages = computed<ContentLanguage[]>(() => {
    const description = this.project().description;
    const own = contentLanguageOf(this.i18n.locale());
    return [own, ...CONTENT_LANGUAGES.filter((language) => language !== own)].filter(
      (language) => !!description?.[language]?.trim(),
    );
  });
  protected readonly fundingAsk = computed(() => {
    const money = this.project().fundingAsk;
    if (!money) return null;
    const locale = this.i18n.locale();
    const amount = formatMoney(money.amountMinor, money.currency, locale);
    return money.currency === 'USD' ? amount : `${amount} (≈ ${formatMoney(money.usdMinor, 'USD', locale)})`;
  });
  protected readonly seeking = computed(() =>
    (this.project().seeking ?? []).map((kind) => this.i18n.t(projectLabels.seeking(kind))).join(', '),
  );
  protected readonly hasContacts = computed(() => {
    const contacts = this.contacts();
    return !!contacts && !!(contacts.email || contacts.phone || contacts.messenger);
  });

  protected languageLabel(language: ContentLanguage): TranslationKey {
    return `content.language.${language}`;
  }

  protected langAttr(language: ContentLanguage): string {
    return LANG_ATTR[language];
  }

  protected descriptionIn(language: ContentLanguage): string {
    return this.project().description?.[language] ?? '';
  }
}
