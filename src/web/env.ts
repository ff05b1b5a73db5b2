// What the web app needs from its host (a Runtime, or a test's context) and what each request
// carries through the middleware to the handlers.
import type { Config } from '../config/schema';
import type { Actor } from '../domain/access';
import type { LoginThrottle } from '../services/auth/throttle';
import type { Keys, ServiceContext } from '../services/context';

export interface AppDeps {
  config: Config;
  keys: Keys;
  /** A service context acting as `actor` (Runtime.context does exactly this). */
  context(actor: Actor): ServiceContext;
  throttle?: LoginThrottle;
  /** Where unexpected errors are written for the operator; never shown to the visitor. */
  log?: (message: string) => void;
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
    /** The organisation's name once setup is done. */
    orgName: string | null;
  };
}
