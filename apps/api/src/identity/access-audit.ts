import { INestApplication } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { ALLOW_KEY, PUBLIC_KEY } from './access.decorators';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';
/** Set by @ResolveField (whose resolver name may be undefined). */
const RESOLVER_PROPERTY = 'graphql:resolve_property';

export interface HandlerAccess {
  handler: string;
  access: 'public' | string[] | 'NONE';
}

/**
 * Every GraphQL resolver (query, mutation, subscription, field) and HTTP handler of the app, with
 * the access it declares. A handler with neither `@Public()` nor `@Allow(...)` shows as 'NONE'; the
 * global AccessGuard refuses it, and a test fails while one exists.
 */
export function listHandlerAccess(app: INestApplication): HandlerAccess[] {
  const result: HandlerAccess[] = [];
  const seen = new Set<unknown>();
  for (const module of app.get(ModulesContainer).values()) {
    const wrappers = [...module.providers.values(), ...module.controllers.values()];
    for (const wrapper of wrappers) {
      const type = wrapper.metatype as (new (...args: unknown[]) => unknown) | null;
      if (!type || typeof type !== 'function' || !type.prototype || seen.has(type)) continue;
      seen.add(type);
      const isController =
        Reflect.getMetadata(PATH_METADATA, type) !== undefined && module.controllers.has(type);
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        if (name === 'constructor') continue;
        const method = Object.getOwnPropertyDescriptor(type.prototype, name)?.value;
        if (typeof method !== 'function') continue;
        const isResolver =
          Reflect.getMetadata(RESOLVER_TYPE, method) !== undefined ||
          Reflect.getMetadata(RESOLVER_NAME, method) !== undefined ||
          Reflect.getMetadata(RESOLVER_PROPERTY, method) === true;
        const isRoute = isController && Reflect.getMetadata(PATH_METADATA, method) !== undefined;
        if (!isResolver && !isRoute) continue;
        const isPublic = Reflect.getMetadata(PUBLIC_KEY, method) ?? Reflect.getMetadata(PUBLIC_KEY, type);
        const allow = Reflect.getMetadata(ALLOW_KEY, method) ?? Reflect.getMetadata(ALLOW_KEY, type);
        result.push({ handler: `${type.name}.${name}`, access: isPublic ? 'public' : (allow ?? 'NONE') });
      }
    }
  }
  return result.sort((a, b) => a.handler.localeCompare(b.handler));
}
