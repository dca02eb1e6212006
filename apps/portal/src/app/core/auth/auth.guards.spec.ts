import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  CanActivateFn,
  Router,
  RouterStateSnapshot,
  UrlTree,
  provideRouter,
} from '@angular/router';
import { FakeAuth, aViewer } from '../../../testing/factories';
import { capabilityGuard, safeReturnUrl, signedInGuard, signedOutGuard } from './auth.guards';
import { AuthService } from './auth.service';

function run(guard: CanActivateFn, url = '/market') {
  return TestBed.runInInjectionContext(() =>
    guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
  ) as boolean | UrlTree;
}

function serialize(result: boolean | UrlTree): string | boolean {
  return result instanceof UrlTree ? TestBed.inject(Router).serializeUrl(result) : result;
}

describe('auth guards', () => {
  let auth: FakeAuth;

  beforeEach(() => {
    auth = new FakeAuth();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: AuthService, useValue: auth }],
    });
  });

  describe('signedInGuard', () => {
    it('sends a signed-out visitor to sign in, and back afterwards', () => {
      expect(serialize(run(signedInGuard, '/organization/members'))).toBe(
        '/sign-in?returnUrl=%2Forganization%2Fmembers',
      );
    });

    it('lets a signed-in viewer through', () => {
      auth.signInAs(aViewer());

      expect(run(signedInGuard)).toBe(true);
    });
  });

  describe('capabilityGuard', () => {
    const sut = capabilityGuard('MARKET');

    it('lets a viewer with the capability through', () => {
      auth.signInAs(aViewer({ capabilities: ['MARKET', 'MANAGE_ORGANIZATION'] }));

      expect(run(sut)).toBe(true);
    });

    it('sends a viewer without it to the dashboard', () => {
      auth.signInAs(aViewer({ capabilities: ['APPLY'] }));

      expect(serialize(run(sut))).toBe('/dashboard');
    });

    it('asks a signed-out visitor to sign in first', () => {
      expect(serialize(run(sut, '/market'))).toBe('/sign-in?returnUrl=%2Fmarket');
    });
  });

  describe('signedOutGuard', () => {
    it('sends a signed-in viewer from sign-in to the dashboard', () => {
      auth.signInAs(aViewer());

      expect(serialize(run(signedOutGuard, '/sign-in'))).toBe('/dashboard');
    });

    it('lets a visitor sign in', () => {
      expect(run(signedOutGuard, '/sign-in')).toBe(true);
    });
  });

  describe('safeReturnUrl', () => {
    it.each([
      ['/organization', '/organization'],
      ['//evil.example.com', null],
      ['/\\evil.example.com', null],
      ['https://evil.example.com', null],
      [undefined, null],
    ])('%s → %s', (value, expected) => {
      expect(safeReturnUrl(value)).toBe(expected);
    });
  });
});
