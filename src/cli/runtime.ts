import type { Runtime } from '../runtime';
import type { ServiceContext } from '../services/context';

/** Opens the register as the operator (the system actor), runs fn, and always closes it. */
export async function withCliRuntime<T>(label: string, fn: (ctx: ServiceContext, rt: Runtime) => Promise<T>): Promise<T> {
  // The database and the services load here, in the commands that open the register, not on
  // every start (see main.ts).
  const { openRuntime } = await import('../runtime');
  const rt = await openRuntime(process.env, `candor ${label.replace(/^cli:/, '').replace(/-/g, ' ')}`);
  try {
    return await fn(rt.context({ kind: 'system', label }), rt);
  } finally {
    await rt.close();
  }
}
