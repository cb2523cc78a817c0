/**
 * The one nodemailer transport every sender uses (the notices, the inbox's
 * answers): the SMTP_URL settings, timeouts a slow provider survives, and no
 * logging, since nodemailer's logger would print addresses and the AUTH exchange.
 * nodemailer (~40 modules) is loaded when a transport is made, not with the
 * script: a dry run and `--help` send nothing.
 */
import { createRequire } from 'node:module';
import type { SmtpSettings } from '../../src/lib/notices/smtp-url.ts';

/** `pool` keeps one connection open for many messages (the inbox's answers); without it, one connection per message. */
export function smtpTransport(settings: SmtpSettings, options: { pool?: boolean } = {}) {
  const nodemailer = createRequire(import.meta.url)('nodemailer') as typeof import('nodemailer');
  return nodemailer.createTransport({
    url: settings.url,
    ...(options.pool ? { pool: true, maxConnections: 1 } : {}),
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
    logger: false,
    debug: false,
  } as Parameters<typeof nodemailer.createTransport>[0]);
}
