// What the web app needs from its host (a Runtime, or a test's context) and what each request
// carries through the middleware to the handlers.
import type { Logger } from '../config/logger';
import type { Config } from '../config/schema';
import type { Actor } from '../domain/access';
import type { LoginThrottle } from '../services/auth/throttle';
import type { Keys, ServiceContext } from '../services/context';
import type { MailSetup } from '../services/mail';

export interface AppDeps {
  config: Config;
  keys: Keys;
  /** A service context acting as `actor` (Runtime.context does exactly this). */
  context(actor: Actor): ServiceContext;
  throttle?: LoginThrottle;
  /** Where unexpected errors are written for the operator; never shown to the visitor. */
  log?: (message: string) => void;
  /** The structured log (src/config/logger.ts): one line per request, with its id. */
  logger?: Logger;
  /** How outgoing mail leaves (SMTP or files); shown on the members page. */
  mail?: MailSetup;
}

export interface Flash {
  kind: 'success' | 'info';
  text: string;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    actor: Actor;
    /** The raw session token (from the cookie), when signed in. */
    sessionToken: string | null;
    csrfToken: string;
    flash: Flash | null;
    ctx: ServiceContext;
    /** A random id for this request, in its log line and its X-Request-Id header. */
    requestId: string;
    /** The organisation's name once setup is done. */
    orgName: string | null;
  };
}
