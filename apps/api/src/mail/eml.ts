import { randomBytes } from 'crypto';

/** A message ready to send: one recipient, a plain-text and an HTML body. */
export interface OutgoingMail {
  /** `Name <address>` or a bare address. */
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Without angle brackets: `id@domain`. */
  messageId: string;
  date: Date;
}

const CRLF = '\r\n';
/**
 * Bytes of UTF-8 per encoded word: 39 bytes are 52 base64 characters, 64 with `=?UTF-8?B?…?=`, so
 * even the first line (`Subject: ` and a word) stays within 76 characters.
 */
const WORD_BYTES = 39;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function assertOneLine(value: string, what: string): void {
  if (/[\r\n]/.test(value)) throw new Error(`${what} must not contain line breaks`);
}

/**
 * A header value as RFC 2047 encoded words when it is not plain printable ASCII: UTF-8, base64, each
 * word at most 75 characters and never splitting a character, folded onto continuation lines.
 */
export function encodeHeaderValue(value: string): string {
  assertOneLine(value, 'a header');
  if (PRINTABLE_ASCII.test(value) && !value.includes('=?')) return value;
  const words: string[] = [];
  let chunk = '';
  let bytes = 0;
  for (const char of value) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > WORD_BYTES) {
      words.push(chunk);
      chunk = '';
      bytes = 0;
    }
    chunk += char;
    bytes += size;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

/** `Name <address>` with the name quoted or encoded as needed; a bare address as it is. */
export function formatAddress(value: string): string {
  assertOneLine(value, 'an address');
  const match = /^\s*(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value);
  if (!match) return value.trim();
  const [, name, address] = match;
  if (!name) return `<${address}>`;
  const shown = PRINTABLE_ASCII.test(name)
    ? /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]*$/.test(name)
      ? name
      : `"${name.replace(/(["\\])/g, '\\$1')}"`
    : encodeHeaderValue(name);
  return `${shown} <${address}>`;
}

/** The address part of `Name <address>` (or the value itself). */
export function addressOf(value: string): string {
  return /<([^<>\s]+@[^<>\s]+)>/.exec(value)?.[1] ?? value.trim();
}

/** RFC 5322 date: `Fri, 27 Nov 2026 10:41:32 +0000`. */
export function formatDate(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}

/** A new Message-ID on the sender's domain. */
export function newMessageId(from: string): string {
  const domain = addressOf(from).split('@')[1] || 'bridge.localhost';
  return `${Date.now().toString(36)}.${randomBytes(9).toString('hex')}@${domain}`;
}

function base64Lines(text: string): string {
  const encoded = Buffer.from(text.replace(/\r?\n/g, CRLF), 'utf8').toString('base64');
  return (encoded.match(/.{1,76}/g) ?? ['']).join(CRLF);
}

/**
 * The message as an RFC 5322 / MIME document (CRLF line ends): From, To, Subject (RFC 2047 encoded
 * UTF-8 when not ASCII), Date, Message-ID, and a multipart/alternative body with the text part first
 * and the HTML part second, both UTF-8 in base64.
 */
export function toEml(mail: OutgoingMail, boundary = `=_bridge_${randomBytes(12).toString('hex')}`): string {
  assertOneLine(mail.messageId, 'a Message-ID');
  const part = (type: string, body: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset=UTF-8`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(body),
    ].join(CRLF);
  return [
    `From: ${formatAddress(mail.from)}`,
    `To: ${formatAddress(mail.to)}`,
    `Subject: ${encodeHeaderValue(mail.subject)}`,
    `Date: ${formatDate(mail.date)}`,
    `Message-ID: <${mail.messageId}>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative;${CRLF} boundary="${boundary}"`,
    '',
    part('text/plain', mail.text),
    part('text/html', mail.html),
    `--${boundary}--`,
    '',
  ].join(CRLF);
}
