import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { IconComponent, IconName } from '@bridge/ui';
import { AuthService } from '../../../core/auth/auth.service';
import { TranslatePipe, TranslationKey } from '../../../core/i18n';

interface Field {
  id: string;
  icon: IconName;
  name: TranslationKey;
  text: TranslationKey;
}

/** The public first screen: what Bridge is, its three fields, and a way in. */
@Component({
  selector: 'bridge-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCardModule, RouterLink, IconComponent, TranslatePipe],
  templateUrl: './home.page.html',
  styleUrl: './home.page.scss',
})
export class HomePage {
  protected readonly auth = inject(AuthService);
  protected readonly fields: readonly Field[] = [
    { id: 'ai', icon: 'chip', name: 'home.fields.ai.name', text: 'home.fields.ai.text' },
    { id: 'robotics', icon: 'build', name: 'home.fields.robotics.name', text: 'home.fields.robotics.text' },
    { id: 'biotech', icon: 'eco', name: 'home.fields.biotech.name', text: 'home.fields.biotech.text' },
  ];
  protected readonly steps: readonly TranslationKey[] = [
    'home.steps.apply',
    'home.steps.judge',
    'home.steps.final',
    'home.steps.match',
  ];
}
