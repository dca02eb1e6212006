import { signal } from '@angular/core';
import { Capability } from '@bridge/contracts';
import type { Viewer } from '../app/core/auth/auth.service';

let sequence = 0;
const nextId = () => `id-${++sequence}`;

type Organization = NonNullable<Viewer['activeOrganization']>;

export function anOrganization(overrides: Partial<Organization> = {}): Organization {
  return {
    id: nextId(),
    kind: 'INVESTOR',
    name: { en: 'Harbin Ventures', zh: '哈尔滨创投', ru: 'Харбин Венчурс' },
    verificationStatus: 'VERIFIED',
    viewerRole: 'OWNER',
    ...overrides,
  };
}

export function aViewer(overrides: Partial<Viewer> = {}): Viewer {
  const organization =
    overrides.activeOrganization === undefined ? anOrganization() : overrides.activeOrganization;
  return {
    user: {
      id: nextId(),
      displayName: 'Anna Petrova',
      email: 'anna@example.com',
      locale: 'EN',
      timeZone: 'Europe/Moscow',
      createdAt: '2026-01-01T00:00:00Z',
    },
    memberships: organization ? [{ id: nextId(), role: 'OWNER', organization }] : [],
    activeOrganization: organization,
    capabilities: [],
    isJudge: false,
    ...overrides,
  };
}

/** A stand-in for AuthService with the signals guards and components read. */
export class FakeAuth {
  readonly viewer = signal<Viewer | null>(null);
  readonly loadError = signal(null);
  readonly signedIn = () => this.viewer() !== null;
  readonly user = () => this.viewer()?.user ?? null;
  readonly activeOrganization = () => this.viewer()?.activeOrganization ?? null;
  readonly memberships = () => this.viewer()?.memberships ?? [];
  readonly capabilities = () => new Set<Capability>(this.viewer()?.capabilities ?? []);
  readonly can = (capability: Capability) => this.capabilities().has(capability);
  readonly signIn = jest.fn();
  readonly signOut = jest.fn();
  readonly updateProfile = jest.fn();

  signInAs(viewer: Viewer): this {
    this.viewer.set(viewer);
    return this;
  }
}

/** A Storage kept in memory. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}
