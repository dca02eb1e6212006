import { MATCHMAKING_LIMITS, VALIDATION_KEYS } from '@bridge/contracts';
import type { FieldError } from '@bridge/contracts';
import { AppException } from '../../common/errors/app.exception';
import type { MessageAttachment } from './entities/message.entity';

export const ATTACHMENT_LABEL_MAX_LENGTH = 200;

/** An http(s) URL only: `javascript:`, `data:`, `file:` and the like are refused. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !!url.hostname;
  } catch {
    return false;
  }
}

/**
 * Cleans a message as typed: body trimmed (1–8,000 characters), at most 5 attachments, each an
 * http(s) URL of at most 2,000 characters with an optional label (≤ 200, empty → null). Throws
 * BAD_USER_INPUT with one field error per problem.
 */
export function cleanMessage(input: {
  body: string;
  attachments?: Array<{ url: string; label?: string | null }> | null;
}): { body: string; attachments: MessageAttachment[] } {
  const errors: FieldError[] = [];
  const body = input.body.trim();
  const max = MATCHMAKING_LIMITS.chatMessageMaxLength;
  if (!body) errors.push({ field: 'body', key: VALIDATION_KEYS.required });
  else if (body.length > max) errors.push({ field: 'body', key: VALIDATION_KEYS.maxLength, params: { max } });

  const raw = input.attachments ?? [];
  if (raw.length > MATCHMAKING_LIMITS.attachmentsPerMessage) {
    errors.push({
      field: 'attachments',
      key: VALIDATION_KEYS.maxItems,
      params: { max: MATCHMAKING_LIMITS.attachmentsPerMessage },
    });
  }
  const attachments = raw.map((attachment, index) => {
    const url = attachment.url.trim();
    const label = attachment.label?.trim() || null;
    const field = `attachments.${index}`;
    if (url.length > MATCHMAKING_LIMITS.attachmentUrlMaxLength) {
      errors.push({
        field: `${field}.url`,
        key: VALIDATION_KEYS.maxLength,
        params: { max: MATCHMAKING_LIMITS.attachmentUrlMaxLength },
      });
    } else if (!isWebUrl(url)) {
      errors.push({ field: `${field}.url`, key: VALIDATION_KEYS.url });
    }
    if (label && label.length > ATTACHMENT_LABEL_MAX_LENGTH) {
      errors.push({
        field: `${field}.label`,
        key: VALIDATION_KEYS.maxLength,
        params: { max: ATTACHMENT_LABEL_MAX_LENGTH },
      });
    }
    return { url, label };
  });
  if (errors.length) throw AppException.invalid(errors);
  return { body, attachments };
}
