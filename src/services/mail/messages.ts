// The one module that writes mail text. A message says only that something happened and where to
// look: no case content, no names, no code names. The texts are fixed; the only variable parts
// are the organisation's names from the configuration (public anyway) and a link to one of a
// fixed set of pages of this app (MAIL_LINK_PATHS), whose only variable part is a uuid: a link
// can carry no name and no code name by construction, with nothing to look up.
import { publicLink } from '../../config/public-url';
import type { Config } from '../../config/schema';
import { CandorError } from '../../errors';

export const MAIL_TEMPLATES = ['member_attention', 'reporter_news', 'reporter_sign_in'] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

/** What the admin page calls each kind of message (it never shows the address). */
export const MAIL_TEMPLATE_LABELS: Record<MailTemplate, string> = {
  member_attention: 'To a member: something needs their attention',
  reporter_news: 'To a reporter: news about their report',
  reporter_sign_in: 'To a reporter: a one-time link to their report',
};

/**
 * Templates whose link is itself a credential (it opens a report): their body is sealed in the
 * outbox like the address, so a copy of the database holds no working link.
 */
export const SEALED_BODY_TEMPLATES: ReadonlySet<string> = new Set<MailTemplate>(['reporter_sign_in']);

export interface MailText {
  subject: string;
  body: string;
}

/**
 * Every page a mail may link to. `:id` stands for a uuid, the only variable part. A new kind of
 * notification adds its page here.
 */
export const MAIL_LINK_PATHS = [
  '/',
  '/portal',
  '/portal/link/:id',
  '/wg',
  '/wg/account',
  '/wg/dashboard',
  '/wg/reconsiderations',
  '/wg/board',
  '/wg/information-requests',
  '/wg/cases/:id',
  '/wg/cases/:id/reviews',
  '/wg/retention',
] as const;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const LINK_PATTERNS = MAIL_LINK_PATHS.map((p) => new RegExp(`^${p.replaceAll(':id', UUID)}$`));

export function assertMailLinkPath(path: string): void {
  if (!LINK_PATTERNS.some((re) => re.test(path))) {
    throw new CandorError('invalid_input', `A mail link must be one of the pages mail may point to (${MAIL_LINK_PATHS.join(', ')})`);
  }
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
    case 'reporter_sign_in':
      return {
        subject: `${org}: your link to your report`,
        body: [
          'Hello,',
          '',
          `Someone asked for a link to the report made to the ${group} with this address. It opens the report once, within the next 30 minutes:`,
          '',
          link,
          '',
          'If it was not you, you can ignore this message: nothing happens unless the link is used. This message says no more on purpose, so that nothing about your report is in your mailbox.',
          '',
          `— ${group}, ${org}`,
        ].join('\n'),
      };
  }
}
