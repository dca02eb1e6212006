import { Initial1795765881683 } from './1795765881683-Initial';
import { CompetitionsAndJudging1795766664647 } from './1795766664647-CompetitionsAndJudging';
import { Imports1795768754625 } from './1795768754625-Imports';
import { Search1795772122599 } from './1795772122599-Search';
import { Recommendations1795776466032 } from './1795776466032-Recommendations';
import { Shortlists1795776611039 } from './1795776611039-Shortlists';
import { SavedSearchesAndMail1795776654812 } from './1795776654812-SavedSearchesAndMail';
import { Matchmaking1795778134992 } from './1795778134992-Matchmaking';
import { IntroductionNotes1795778286168 } from './1795778286168-IntroductionNotes';
import { NotificationEmailPreferences1795778824180 } from './1795778824180-NotificationEmailPreferences';
import { ConversationsAndMeetings1795779188068 } from './1795779188068-ConversationsAndMeetings';
import { EngagementPipelines1795780542576 } from './1795780542576-EngagementPipelines';
import { LandingOffers1795780574672 } from './1795780574672-LandingOffers';

/** Every migration, in order. `npm run migration:generate -- <Name>` appends new ones here. */
export const MIGRATIONS: Array<new () => unknown> = [
  Initial1795765881683,
  CompetitionsAndJudging1795766664647,
  Imports1795768754625,
  Search1795772122599,
  Recommendations1795776466032,
  Shortlists1795776611039,
  SavedSearchesAndMail1795776654812,
  Matchmaking1795778134992,
  IntroductionNotes1795778286168,
  NotificationEmailPreferences1795778824180,
  ConversationsAndMeetings1795779188068,
  EngagementPipelines1795780542576,
  LandingOffers1795780574672,
];
