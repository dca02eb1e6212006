import { IsUUID } from 'class-validator';

/** Query string of `POST /imports/applications`. */
export class UploadApplicationsQuery {
  @IsUUID()
  competitionId: string;
}
