import type { OrganizationKind, VerificationStatus } from '@bridge/contracts';
import { randomBytes } from 'crypto';
import { AddressInfo } from 'net';
import { DataSource } from 'typeorm';
import { BridgeApp, BridgeAppOptions, createBridgeApp } from '../../src/bootstrap';
import { JsonLogger } from '../../src/common/logging/json-logger';
import { parseEnv } from '../../src/config/env.schema';
import { MembershipEntity } from '../../src/identity/entities/membership.entity';
import { OrganizationEntity } from '../../src/identity/entities/organization.entity';
import { UserEntity } from '../../src/identity/entities/user.entity';
import { PasswordService } from '../../src/identity/password.service';
import { GraphQLClient } from './graphql-client';
import { TestDatabase, createTestDatabase } from './test-database';

export interface TestUser {
  userId: string;
  email: string;
  password: string;
  organizationId: string | null;
}

export interface UserSpec {
  kind?: OrganizationKind | null;
  verificationStatus?: VerificationStatus;
  role?: 'OWNER' | 'MEMBER';
  /** Join this organisation instead of creating one. */
  organizationId?: string;
  contactEmail?: string;
}

let sequence = 0;
const TEST_PASSWORD = 'correct-horse-battery';

/** The real API on a fresh database, listening on a free port; one per test file. */
export class TestApp {
  private constructor(
    readonly bridge: BridgeApp,
    readonly database: TestDatabase,
    readonly url: string,
  ) {}

  static async start(env: Record<string, string> = {}, options: BridgeAppOptions = {}): Promise<TestApp> {
    const database = await createTestDatabase();
    const bridge = await createBridgeApp(
      parseEnv({
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: '5',
        SEED_DEMO_DATA: 'false',
        PORTAL_DIR: '',
        LOG_LEVEL: 'silent',
        NODE_ENV: 'test',
        ...env,
      }),
      new JsonLogger(env['LOG_LEVEL'] === undefined ? 'silent' : (env['LOG_LEVEL'] as 'info')),
      options,
    );
    await bridge.app.listen(0, '127.0.0.1');
    const { port } = bridge.app.getHttpServer().address() as AddressInfo;
    return new TestApp(bridge, database, `http://127.0.0.1:${port}`);
  }

  get dataSource(): DataSource {
    return this.bridge.app.get(DataSource);
  }

  async close(): Promise<void> {
    await this.bridge.close();
    await this.database.drop();
  }

  /** A new browser: its own cookie jar. */
  client(headers: Record<string, string> = {}): GraphQLClient {
    return new GraphQLClient(this.url, headers);
  }

  /** A user (and, unless `kind: null`, an organisation they belong to), written straight to the database. */
  async createUser(spec: UserSpec = {}): Promise<TestUser> {
    sequence += 1;
    const suffix = `${sequence}-${randomBytes(3).toString('hex')}`;
    const email = `user-${suffix}@example.test`;
    const passwordHash = await this.bridge.app.get(PasswordService).hash(TEST_PASSWORD);
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.save(
        manager.create(UserEntity, { email, displayName: `User ${suffix}`, passwordHash, locale: 'en' }),
      );
      let organizationId = spec.organizationId ?? null;
      if (!organizationId && spec.kind !== null) {
        const status = spec.verificationStatus ?? 'VERIFIED';
        const organization = await manager.save(
          manager.create(OrganizationEntity, {
            kind: spec.kind ?? 'STARTUP',
            name: { en: `Organisation ${suffix}` },
            description: {},
            contactEmail: spec.contactEmail ?? `contact-${suffix}@example.test`,
            contactPhone: '+7 900 000 0000',
            verificationStatus: status,
            verifiedAt: status === 'VERIFIED' ? new Date() : null,
          }),
        );
        organizationId = organization.id;
      }
      if (organizationId) {
        await manager.insert(MembershipEntity, {
          userId: user.id,
          organizationId,
          role: spec.role ?? 'OWNER',
        });
      }
      return { userId: user.id, email, password: TEST_PASSWORD, organizationId };
    });
  }

  /** A signed-in browser of a new user. */
  async signedIn(spec: UserSpec = {}): Promise<{ client: GraphQLClient; user: TestUser }> {
    const user = await this.createUser(spec);
    const client = this.client();
    await this.signIn(client, user);
    return { client, user };
  }

  async signIn(client: GraphQLClient, user: Pick<TestUser, 'email' | 'password'>): Promise<void> {
    await client.data(SIGN_IN, { email: user.email, password: user.password });
  }
}

export const SIGN_IN = /* GraphQL */ `
  mutation SignIn($email: String!, $password: String!) {
    signIn(input: { email: $email, password: $password }) {
      user {
        id
      }
    }
  }
`;
