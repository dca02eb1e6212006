import { MilestoneReminders } from '../src/engagements/milestone-reminders';
import { ADVANCE, createEdition, submittedProject } from './support/edition';
import {
  ADD_MILESTONE,
  ONE,
  Party,
  REMOVE_MILESTONE,
  UPDATE_MILESTONE,
  dayFromToday,
  moved,
  started,
} from './support/engagements';
import { TestApp } from './support/test-app';

const DUE = 'notifications.milestone.due';

/** Milestones of an engagement: either party keeps them; the reminder job tells both sides once. */
describe('engagement milestones', () => {
  let sut: TestApp;
  let agro: Party & { projectId: string };
  let agroColleague: Party;
  let fund: Party;
  let stranger: Party;
  let organizer: Party;
  let engagementId: string;

  const add = async (client: Party['client'], title: string, dueOn: string) =>
    (await client.data(ADD_MILESTONE, { input: { engagementId, title, dueOn } })).addMilestone as {
      id: string;
      done: boolean;
    };
  const reminders = async (milestoneId: string) => {
    const rows: Array<{ user_id: string }> = await sut.dataSource.query(
      `SELECT user_id FROM notifications WHERE key = $1 AND params->>'milestoneId' = $2 ORDER BY user_id`,
      [DUE, milestoneId],
    );
    return rows.map((r) => r.user_id);
  };

  beforeAll(async () => {
    sut = await TestApp.start({ ENGAGEMENT_REMINDER_INTERVAL_MS: '0', INTRODUCTION_EXPIRY_INTERVAL_MS: '0' });
    organizer = await sut.signedIn({ kind: 'ORGANIZER' });
    const edition = await createEdition(organizer.client);
    await organizer.client.data(ADVANCE, { id: edition.id, from: 'SETUP' });
    const a = await submittedProject(sut, edition, 'ROBOTICS', 'AgroVision');
    agro = { client: a.client, user: a.user, projectId: a.projectId };
    const colleague = await sut.createUser({
      organizationId: a.user.organizationId as string,
      role: 'MEMBER',
    });
    agroColleague = { client: sut.client(), user: colleague };
    await sut.signIn(agroColleague.client, colleague);
    fund = await sut.signedIn({ kind: 'INVESTOR' });
    stranger = await sut.signedIn({ kind: 'INVESTOR' });
    engagementId = (await started(fund.client, { projectId: agro.projectId, kind: 'INVESTMENT' })).id;
  });
  afterAll(() => sut?.close());

  it('lets either party add, edit, complete and remove milestones, and nobody else', async () => {
    const term = await add(fund.client, 'Term sheet draft', dayFromToday(30));
    const deck = await add(agro.client, '  Updated deck  ', dayFromToday(10));
    expect(
      (
        await agro.client.data(UPDATE_MILESTONE, {
          input: { id: term.id, done: true, title: 'Term sheet v1' },
        })
      ).updateMilestone,
    ).toMatchObject({ title: 'Term sheet v1', done: true });
    let view = (await fund.client.data(ONE, { id: engagementId })).engagement;
    expect(view.milestones.map((m: { title: string; done: boolean }) => [m.title, m.done])).toEqual([
      ['Updated deck', false],
      ['Term sheet v1', true],
    ]);
    expect((await fund.client.data(REMOVE_MILESTONE, { id: deck.id })).removeMilestone).toBe(deck.id);
    view = (await agro.client.data(ONE, { id: engagementId })).engagement;
    expect(view.milestones.map((m: { id: string }) => m.id)).toEqual([term.id]);

    expect(
      (
        await fund.client.error(ADD_MILESTONE, {
          input: { engagementId, title: ' ', dueOn: '2026-13-01' },
        })
      ).fields,
    ).toEqual([
      { field: 'title', key: 'validation.required' },
      { field: 'dueOn', key: 'validation.invalid' },
    ]);
    for (const client of [stranger.client, organizer.client]) {
      const denied = await client.error(ADD_MILESTONE, {
        input: { engagementId, title: 'Mine now', dueOn: dayFromToday(3) },
      });
      expect(denied.code).toBe(client === stranger.client ? 'NOT_FOUND' : 'FORBIDDEN');
      expect((await client.error(UPDATE_MILESTONE, { input: { id: term.id, done: false } })).code).toBe(
        client === stranger.client ? 'NOT_FOUND' : 'FORBIDDEN',
      );
      expect((await client.error(REMOVE_MILESTONE, { id: term.id })).code).toBe(
        client === stranger.client ? 'NOT_FOUND' : 'FORBIDDEN',
      );
    }
    expect((await organizer.client.data(ONE, { id: engagementId })).engagement.milestones).toEqual([]);
    const [{ n }] = await sut.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action LIKE 'engagement.milestone.%' AND entity_id = $1`,
      [engagementId],
    );
    expect(n).toBe(4);
  });

  it('reminds every member of both parties once of each milestone due within a day or overdue, even with two runs at once', async () => {
    const today = await add(agro.client, 'Sign the NDA', dayFromToday(0));
    const tomorrow = await add(fund.client, 'Data room access', dayFromToday(1));
    const overdue = await add(fund.client, 'Financial model', dayFromToday(-5));
    const later = await add(agro.client, 'Board meeting', dayFromToday(5));
    const done = await add(agro.client, 'Intro call', dayFromToday(-1));
    await agro.client.data(UPDATE_MILESTONE, { input: { id: done.id, done: true } });

    const job = sut.bridge.app.get(MilestoneReminders);
    const [first, second] = await Promise.all([job.run(), job.run()]);
    expect(first + second).toBe(3);
    expect(await job.run()).toBe(0);
    const everyone = [agro.user.userId, agroColleague.user.userId, fund.user.userId].sort();
    for (const milestone of [today, tomorrow, overdue])
      expect(await reminders(milestone.id)).toEqual(everyone);
    for (const milestone of [later, done]) expect(await reminders(milestone.id)).toEqual([]);
    const [params] = await sut.dataSource.query(
      `SELECT params FROM notifications WHERE key = $1 AND params->>'milestoneId' = $2 LIMIT 1`,
      [DUE, overdue.id],
    );
    expect(params.params).toMatchObject({
      milestone: 'Financial model',
      dueOn: dayFromToday(-5),
      engagementId,
    });

    // A new due date re-arms the reminder; a terminal engagement reminds no more.
    await fund.client.data(UPDATE_MILESTONE, { input: { id: later.id, dueOn: dayFromToday(1) } });
    await fund.client.data(UPDATE_MILESTONE, { input: { id: overdue.id, dueOn: dayFromToday(-2) } });
    expect(await job.run()).toBe(2);
    expect(await reminders(later.id)).toEqual(everyone);
    expect((await reminders(overdue.id)).length).toBe(everyone.length * 2);
    await moved(agro.client, { id: engagementId, toStage: 'CLOSED_LOST', expectedStage: 'INTRO' });
    await add(fund.client, 'Post-mortem', dayFromToday(0));
    expect(await job.run()).toBe(0);
  });
});
