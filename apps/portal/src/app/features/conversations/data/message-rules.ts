import { MATCHMAKING_LIMITS } from '@bridge/contracts';

/** The length of a message as the API counts it: without surrounding white space. */
export const messageLength = (text: string): number => text.trim().length;

export interface LengthState {
  length: number;
  min: number;
  max: number;
  tooShort: boolean;
  tooLong: boolean;
  valid: boolean;
}

function lengthState(text: string, min: number, max: number): LengthState {
  const length = messageLength(text);
  const tooShort = length < min;
  const tooLong = length > max;
  return { length, min, max, tooShort, tooLong, valid: !tooShort && !tooLong };
}

/** The message of an introduction request: mandatory, 20–4,000 characters. */
export function introMessageState(text: string): LengthState {
  return lengthState(text, MATCHMAKING_LIMITS.messageMinLength, MATCHMAKING_LIMITS.messageMaxLength);
}

/** The longest note on a request (the API's limit). */
export const NOTE_MAX_LENGTH = 2000;
/** The longest label of a link attachment (the API's limit). */
export const ATTACHMENT_LABEL_MAX_LENGTH = 200;

/** A note on a request (asking for more information, answering): 1–2,000 characters. */
export function noteState(text: string): LengthState {
  return lengthState(text, 1, NOTE_MAX_LENGTH);
}

/** A chat message: 1–8,000 characters. */
export function chatMessageState(text: string): LengthState {
  return lengthState(text, 1, MATCHMAKING_LIMITS.chatMessageMaxLength);
}

export interface AttachmentInput {
  url: string;
  label: string;
}

/** A link attachment is an absolute http(s) URL of at most 2,000 characters. */
export function isAttachmentUrl(url: string): boolean {
  const trimmed = url.trim();
  if (!trimmed || trimmed.length > MATCHMAKING_LIMITS.attachmentUrlMaxLength) return false;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The attachments to send: trimmed, the label defaulting to the URL; null when one URL is wrong. */
export function toAttachments(inputs: readonly AttachmentInput[]): AttachmentInput[] | null {
  const filled = inputs.filter((a) => a.url.trim() || a.label.trim());
  if (filled.length > MATCHMAKING_LIMITS.attachmentsPerMessage) return null;
  if (!filled.every((a) => isAttachmentUrl(a.url) && a.label.trim().length <= ATTACHMENT_LABEL_MAX_LENGTH))
    return null;
  return filled.map((a) => ({ url: a.url.trim(), label: a.label.trim() || a.url.trim() }));
}

/** What a key press in the composer does: Enter sends, Shift+Enter (or IME composition) types on. */
export function composerKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'isComposing'>,
): 'send' | 'type' {
  return event.key === 'Enter' && !event.shiftKey && !event.isComposing ? 'send' : 'type';
}
