import { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../common/errors/database-errors';
import { MembershipEntity } from '../../identity/entities/membership.entity';
import { OrganizationEntity } from '../../identity/entities/organization.entity';
import { UserEntity } from '../../identity/entities/user.entity';
import { PasswordService } from '../../identity/password.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { seedDemoEditions } from './demo-edition';
import { seedDemoConversations } from './demo-conversations';
import { seedDemoIntroductions } from './demo-introductions';
import { seedDemoLanding } from './demo-landing';
import { seedDemoEngagements } from './demo-engagements';

/**
 * Creates the demo organisations and users that do not exist yet; running it again changes nothing.
 * Returns the e-mails it created.
 */
export async function seedDemoData(dataSource: DataSource, passwords: PasswordService): Promise<string[]> {
  const created: string[] = [];
  const passwordHash = await passwords.hash(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const exists = await dataSource.getRepository(UserEntity).exists({ where: { email: account.email } });
    if (exists) continue;
    try {
      await dataSource.transaction(async (manager) => {
        const user = await manager.save(
          manager.create(UserEntity, {
            email: account.email,
            displayName: account.displayName,
            passwordHash,
            locale: account.locale,
            timeZone: account.locale === 'ru' ? 'Europe/Moscow' : 'Asia/Shanghai',
          }),
        );
        if (account.organization) {
          const { verificationStatus, ...profile } = account.organization;
          const organization = await manager.save(
            manager.create(OrganizationEntity, {
              ...profile,
              verificationStatus,
              verifiedAt: verificationStatus === 'VERIFIED' ? new Date() : null,
            }),
          );
          await manager.insert(MembershipEntity, {
            userId: user.id,
            organizationId: organization.id,
            role: 'OWNER',
          });
        }
      });
      created.push(account.email);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error; // another process seeded it at the same moment
    }
  }
  created.push(...(await seedDemoEditions(dataSource, passwordHash)));
  await seedDemoIntroductions(dataSource);
  await seedDemoConversations(dataSource);
  await seedDemoEngagements(dataSource);
  await seedDemoLanding(dataSource);
  return created;
}

export function demoLoginsText(): string {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.role.length));
  return [
    `Demo logins (password for all: ${DEMO_PASSWORD})`,
    ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(width)}  ${a.email}`),
  ].join('\n');
}
