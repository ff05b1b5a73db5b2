// The one module that writes mail text. A message says only that something happened and where to
// look: no case content, no names, no code names. The texts are fixed; the only variable parts
// are the organisation's names from the configuration (public anyway) and a link to a page of
// this app, which must be a plain path (lower-case words, digits, dashes, uuids) and must not
// spell a code name — queueMail checks the path against the register's code names.
import { publicLink } from '../../config/public-url';
import type { Config } from '../../config/schema';
import { CandorError } from '../../errors';

export const MAIL_TEMPLATES = ['member_attention', 'reporter_news'] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

/** What the admin page calls each kind of message (it never shows the address). */
export const MAIL_TEMPLATE_LABELS: Record<MailTemplate, string> = {
  member_attention: 'To a member: something needs their attention',
  reporter_news: 'To a reporter: news about their report',
};

export interface MailText {
  subject: string;
  body: string;
}

// A path of this app: segments of lower-case letters, digits and dashes. No query string or
// fragment (they could carry text), no dots (no other host), no upper case (code names of people
// are title case; case code names are checked by queueMail).
const LINK_PATH = /^(\/[a-z0-9][a-z0-9-]*)+\/?$|^\/$/;

export function assertMailLinkPath(path: string): void {
  if (!LINK_PATH.test(path)) throw new CandorError('invalid_input', 'A mail link must be a plain path of this app (no query, no upper case)');
}

/** Does the link path spell a code name (any separator, any case)? */
export function linkSpellsCodeName(path: string, codeNames: Iterable<string>): boolean {
  const words = ` ${path.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
  for (const name of codeNames) {
    const spelled = name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    if (spelled !== '' && words.includes(` ${spelled} `)) return true;
  }
  return false;
}

export function buildMailText(config: Config, template: MailTemplate, linkPath: string): MailText {
  assertMailLinkPath(linkPath);
  const link = publicLink(config, linkPath);
  const group = config.organisation.workingGroupName;
  const org = config.organisation.name;
  switch (template) {
    case 'member_attention':
      return {
        subject: `${group}: something needs your attention`,
        body: [
          'Hello,',
          '',
          `Something in the ${group}'s case register needs your attention. Sign in to see it:`,
          '',
          link,
          '',
          'This message says no more on purpose: case details stay in the register.',
          '',
          `— Candor, for ${org}`,
        ].join('\n'),
      };
    case 'reporter_news':
      return {
        subject: `${org}: there is news about your report`,
        body: [
          'Hello,',
          '',
          `There is news about the report you made to the ${group}. You can read it, and answer, here:`,
          '',
          link,
          '',
          'You will need the receipt code you were given when you made the report. This message says no more on purpose, so that nothing about your report is in your mailbox.',
          '',
          `— ${group}, ${org}`,
        ].join('\n'),
      };
  }
}
