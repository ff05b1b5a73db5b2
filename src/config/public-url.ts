// Links that leave the app (invitations, sign-in and setup links, the feed) are built from the
// configured public URL, never from the request's Host header: a forged Host would otherwise
// send a member's one-time link to an attacker's site.
import type { Config } from './schema';

export function publicLink(config: Config, path: string): string {
  return `${config.organisation.publicUrl.replace(/\/+$/, '')}${path}`;
}
