import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { MemoryStorage } from '../../../../testing/factories';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { LIVE_LINK, LiveEnd, LiveLink, LiveSink } from '../data/live-link';
import { NotificationsApi } from '../data/notifications.api';
import { NotificationBellComponent } from './notification-bell.component';

/** A live link the test drives: it pushes counts and ends the subscription at will. */
class FakeLiveLink implements LiveLink {
  sink: LiveSink<{ unreadNotificationCount: number }> | null = null;
  unsubscribed = false;
  disposed = false;

  subscribe<TData>(_document: unknown, sink: LiveSink<TData>): () => void {
    this.sink = sink as unknown as LiveSink<{ unreadNotificationCount: number }>;
    return () => (this.unsubscribed = true);
  }
  dispose(): void {
    this.disposed = true;
  }
  push(count: number): void {
    this.sink?.next({ unreadNotificationCount: count });
  }
  end(reason: LiveEnd): void {
    this.sink?.end(reason);
  }
}

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

describe('NotificationBellComponent', () => {
  let link: FakeLiveLink;
  let api: { unreadCount: jest.Mock };
  let fixture: ComponentFixture<NotificationBellComponent>;
  let element: HTMLElement;

  const badge = () =>
    element.querySelector('[data-testid="notification-count"]')?.textContent?.trim() ?? null;
  const label = () => element.querySelector('[data-testid="notification-bell"]')?.getAttribute('aria-label');
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };

  beforeEach(async () => {
    link = new FakeLiveLink();
    api = { unreadCount: jest.fn().mockResolvedValue(2) };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        { provide: NotificationsApi, useValue: api },
        { provide: LIVE_LINK, useValue: () => Promise.resolve(link) },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    await TestBed.inject(I18nService).setLocale('en');
    fixture = TestBed.createComponent(NotificationBellComponent);
    element = fixture.nativeElement as HTMLElement;
    await settle();
  });

  it('shows the count the API pushes, as it changes, without asking again', async () => {
    expect(badge()).toBe('2');

    link.push(5);
    await settle();
    expect(badge()).toBe('5');
    expect(label()).toBe('Notifications: 5 unread');

    link.push(120);
    await settle();
    expect(badge()).toBe('99+');

    link.push(0);
    await settle();
    expect(badge()).toBeNull();
    expect(label()).toBe('Notifications');

    await TestBed.inject(Router).navigateByUrl('/elsewhere');
    await settle();
    expect(api.unreadCount).toHaveBeenCalledTimes(1);
  });

  it('asks the API after each navigation once the live link is refused', async () => {
    link.end('refused');
    await settle();
    api.unreadCount.mockResolvedValue(7);

    await TestBed.inject(Router).navigateByUrl('/somewhere');
    await settle();

    expect(api.unreadCount.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(badge()).toBe('7');
  });

  it('closes the live link when the bell goes away (sign-out)', () => {
    fixture.destroy();

    expect(link.unsubscribed).toBe(true);
    expect(link.disposed).toBe(true);
  });
});
