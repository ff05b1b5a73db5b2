// `candor member add --name … --email … --role … [--space slug]…`: prints a one-time invitation link.
import type { Command } from 'commander';
import { MEMBER_ROLES } from '../domain/access';
import { withCliRuntime } from './runtime';

const collect = (v: string, prev: string[]) => [...prev, v];

export function registerMember(program: Command): void {
  const member = program.command('member').description('Manage working group accounts');
  member
    .command('add')
    .description('Invite a member; prints a one-time link to enrol (password + TOTP)')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--email <email>', 'email address')
    .requiredOption('--role <role>', `one of ${MEMBER_ROLES.join(', ')}`)
    .option('--space <slug>', 'a space for a local representative (repeatable)', collect, [])
    .action(async (opts: { name: string; email: string; role: string; space: string[] }) => {
      const [{ inviteMember }, { publicLink }] = await Promise.all([import('../services/members/invite-member'), import('../config/public-url')]);
      await withCliRuntime('cli:member-add', async (ctx, rt) => {
        // The verb validates the role and the slugs.
        const inv = await inviteMember(ctx, { displayName: opts.name, email: opts.email, role: opts.role, spaceSlugs: opts.space });
        process.stdout.write(`${publicLink(rt.config, inv.path)}\n`);
        process.stderr.write(`invitation for ${opts.email} (${opts.role}) expires ${inv.expiresAt.toISOString().slice(0, 10)}; the link works once\n`);
      });
    });
}
