import { registerEnumType } from '@nestjs/graphql';
import { enumObject } from '../../common/graphql/enum-object';
import { IMPORT_ACTIONS, IMPORT_FORMATS, IMPORT_STATUSES } from '../import.types';

export const ImportFormatEnum = enumObject(IMPORT_FORMATS);
export const ImportStatusEnum = enumObject(IMPORT_STATUSES);
export const ImportActionEnum = enumObject(IMPORT_ACTIONS);

registerEnumType(ImportFormatEnum, { name: 'ImportFormat' });
registerEnumType(ImportStatusEnum, {
  name: 'ImportStatus',
  description: 'PARSING → READY | INVALID; READY → COMMITTING → COMMITTED | FAILED.',
});
registerEnumType(ImportActionEnum, { name: 'ImportAction', description: 'What committing a row does.' });
