import { Initial1795765881683 } from './1795765881683-Initial';

/** Every migration, in order. `npm run migration:generate -- <Name>` appends new ones here. */
export const MIGRATIONS: Array<new () => unknown> = [Initial1795765881683];
