import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { AuthService } from '../../../core/auth/auth.service';
import { TranslatePipe } from '../../../core/i18n';
import { AddedShortlistItem } from '../data/search-actions.api';
import { AddToShortlistDialogComponent, AddToShortlistDialogData } from './add-to-shortlist-dialog.component';

/**
 * "Add to shortlist" for members of verified market organisations (the MARKET capability); shows
 * nothing to anyone else. Used on search results and on the project page.
 */
@Component({
  selector: 'bridge-add-to-shortlist',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe],
  template: `
    @if (allowed()) {
      <button
        mat-stroked-button
        type="button"
        data-testid="add-to-shortlist"
        [attr.data-project-id]="projectId()"
        (click)="open()"
      >
        {{ 'search.shortlist.button' | t }}
      </button>
    }
  `,
})
export class AddToShortlistButtonComponent {
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);

  readonly projectId = input.required<string>();
  readonly projectTitle = input.required<string>();
  /** The item added, when the dialog added one. */
  readonly added = output<AddedShortlistItem>();

  protected readonly allowed = computed(() => this.auth.capabilities().has('MARKET'));

  protected open(): void {
    const ref = this.dialog.open<AddToShortlistDialogComponent, AddToShortlistDialogData, AddedShortlistItem>(
      AddToShortlistDialogComponent,
      {
        data: { projectId: this.projectId(), projectTitle: this.projectTitle() },
        width: '520px',
        autoFocus: 'first-tabbable',
      },
    );
    ref.afterClosed().subscribe((item) => {
      if (item) this.added.emit(item);
    });
  }
}
