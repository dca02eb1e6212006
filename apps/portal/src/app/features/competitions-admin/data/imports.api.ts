import { Injectable, inject } from '@angular/core';
import { AppError, toAppError } from '../../../core/errors';
import {
  AdminCommitImportDocument,
  AdminImportJobDocument,
  AdminImportJobFragment,
} from '../../../core/graphql/lazy/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';

export type ImportJob = AdminImportJobFragment;

const UPLOAD_URL = '/imports/applications';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type the upload route accepts for a file, by its extension (browsers disagree on CSV). */
export function uploadContentType(file: Pick<File, 'name' | 'type'>): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  return file.type || 'application/octet-stream';
}

/**
 * Imports of applications: the file goes as the raw body of `POST /imports/applications` (through
 * XMLHttpRequest, for its upload progress events), then `importJob` is polled and `commitImport`
 * writes it (docs/imports.md).
 */
@Injectable({ providedIn: 'root' })
export class ImportsApi {
  private readonly gql = inject(GraphqlService);

  /** Uploads `file`; resolves with the import's id (202), rejects with an {@link AppError}. */
  upload(
    competitionId: string,
    file: File,
    onProgress: (loaded: number, total: number) => void,
  ): Promise<string> {
    return new Promise((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', `${UPLOAD_URL}?competitionId=${encodeURIComponent(competitionId)}`);
      request.withCredentials = true;
      request.responseType = 'json';
      request.setRequestHeader('Content-Type', uploadContentType(file));
      request.setRequestHeader('x-file-name', encodeURIComponent(file.name));
      request.upload.onprogress = (event) =>
        onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
      request.onload = () => {
        const body = request.response as {
          importId?: string;
          code?: string;
          key?: string;
          params?: unknown;
        } | null;
        if (request.status === 202 && body?.importId) resolve(body.importId);
        else reject(uploadError(request.status, body));
      };
      request.onerror = () => reject(new AppError('NETWORK', null));
      request.send(file);
    });
  }

  async job(id: string): Promise<ImportJob> {
    return (await this.gql.query(AdminImportJobDocument, { id })).importJob;
  }

  async commit(id: string): Promise<ImportJob> {
    return (await this.gql.mutate(AdminCommitImportDocument, { id })).commitImport;
  }
}

/** The route answers errors as JSON `{ code, key, params }` (the shape of GraphQL error extensions). */
function uploadError(status: number, body: unknown): AppError {
  if (body && typeof body === 'object' && 'key' in body)
    return toAppError([{ message: '', extensions: body }]);
  if (status === 0 || status >= 502) return new AppError('NETWORK', null);
  if (status === 413) return new AppError('BAD_USER_INPUT', 'errors.import.fileTooLarge');
  return new AppError('INTERNAL_SERVER_ERROR', null);
}
