import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { Capability } from '@bridge/contracts';
import { of } from 'rxjs';
import { FakeAuth, MemoryStorage, aViewer } from '../../../../testing/factories';
import { AuthService } from '../../../core/auth/auth.service';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { IntroductionsApi } from '../data/introductions.api';
import { RequestIntroButtonComponent } from './request-intro-button.component';

const PROJECT = '00000000-0000-4000-8000-0000000000bb';

describe('RequestIntroButtonComponent', () => {
  let api: { forProject: jest.Mock };
  let dialog: { open: jest.Mock };
  let auth: FakeAuth;
  let fixture: ComponentFixture<RequestIntroButtonComponent>;
  let element: HTMLElement;

  const byTestId = (id: string) => element.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;

  async function render(capabilities: Capability[]): Promise<void> {
    auth.signInAs(aViewer({ capabilities }));
    await TestBed.inject(I18nService).setLocale('en');
    fixture = TestBed.createComponent(RequestIntroButtonComponent);
    fixture.componentRef.setInput('projectId', PROJECT);
    fixture.componentRef.setInput('projectTitle', 'AgroVision');
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  beforeEach(() => {
    api = { forProject: jest.fn().mockResolvedValue([]) };
    dialog = { open: jest.fn() };
    auth = new FakeAuth();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: IntroductionsApi, useValue: api },
        { provide: MatDialog, useValue: dialog },
        { provide: AuthService, useValue: auth },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
  });

  it('offers the market a request, and shows the new request’s status once sent', async () => {
    dialog.open.mockReturnValue({
      afterClosed: () => of({ id: 'i-1', purpose: 'INVESTMENT', status: 'PENDING' }),
    });
    await render(['MARKET']);

    expect(api.forProject).toHaveBeenCalledWith(PROJECT);
    expect(byTestId('request-intro')?.getAttribute('data-project-id')).toBe(PROJECT);

    byTestId('request-intro')!.click();
    await fixture.whenStable();

    expect(dialog.open.mock.calls[0][1].data).toEqual({ projectId: PROJECT, projectTitle: 'AgroVision' });
    expect(byTestId('request-intro')).toBeNull();
    expect(byTestId('intro-for-project')?.getAttribute('href')).toBe('/introductions/i-1');
    expect(byTestId('intro-status')?.textContent?.trim()).toBe('Awaiting answer');
  });

  it('shows the status of a request that stands instead of the button', async () => {
    api.forProject.mockResolvedValue([
      { id: 'old', purpose: 'LANDING', status: 'DECLINED' },
      { id: 'i-2', purpose: 'INVESTMENT', status: 'ACCEPTED' },
    ]);
    await render(['MARKET']);

    expect(byTestId('request-intro')).toBeNull();
    expect(byTestId('intro-for-project')?.getAttribute('data-intro-id')).toBe('i-2');
    expect(byTestId('intro-status')?.textContent?.trim()).toBe('Accepted');
  });

  it('offers a new request when the earlier ones were declined or withdrawn', async () => {
    api.forProject.mockResolvedValue([{ id: 'old', purpose: 'INVESTMENT', status: 'WITHDRAWN' }]);
    await render(['MARKET']);

    expect(byTestId('request-intro')).not.toBeNull();
  });

  it('shows nothing to a start-up and asks nothing', async () => {
    await render(['APPLY']);

    expect(element.textContent?.trim()).toBe('');
    expect(api.forProject).not.toHaveBeenCalled();
  });
});
