// `candor serve [--port] [--host]`: migrate, then serve the web app until interrupted.
import type { Command } from 'commander';
import { CandorError } from '../errors';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new CandorError('invalid_input', `--port must be a port number, got "${value}"`);
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Run the web app (migrates the database first)')
    .option('--port <port>', 'port to listen on (default: PORT, then the config, then 3000)')
    .option('--host <host>', 'address to listen on (default: the config, then 127.0.0.1)')
    .action(async (opts: { port?: string; host?: string }) => {
      const listenPortOption = opts.port ? port(opts.port) : undefined; // bad input fails before anything loads
      const [{ serve }, { startScheduler }, { openRuntime }, { scheduleSessionPruning }, { LoginThrottle }, { createApp }, { SERVER_HOLDER }, { isSetupOpen }, { setupPath }, { publicLink }, { createLogger }, { startMailWorker }, { mailTransportFor }, { smtpUrlOf }] = await Promise.all([
        import('@hono/node-server'),
        import('../jobs/scheduler'),
        import('../runtime'),
        import('../services/auth/prune-sessions'),
        import('../services/auth/throttle'),
        import('../web/app'),
        import('../db/data-dir-lock'),
        import('../services/setup/get-setup-status'),
        import('../services/setup/setup-token'),
        import('../config/public-url'),
        import('../config/logger'),
        import('../jobs/mail-worker'),
        import('../services/mail'),
        import('../config/load'),
      ]);
      const [{ scheduleAuditAnchoring }, { serveBackupSocket }, { ANCHOR_FILE_NAME }, path] = await Promise.all([
        import('../services/audit/anchor-head'),
        import('../services/backup/backup-socket'),
        import('../services/audit/anchor-file'),
        import('node:path'),
      ]);
      const logger = createLogger(); // JSON lines on stderr; stdout keeps the lines below for people and scripts
      const rt = await openRuntime(process.env, SERVER_HOLDER); // migrates; holds the embedded database until stopped
      const transport = mailTransportFor({ smtpUrl: smtpUrlOf(rt), dataDir: rt.env.dataDir });
      const app = createApp({
        config: rt.config,
        keys: rt.keys,
        context: rt.context,
        throttle: new LoginThrottle(),
        log: (m) => logger.error(m),
        logger,
        mail: transport.setup,
      });
      // Only the operator sees the console: the first-run setup link is shown here while setup is open.
      const setupLink = (await isSetupOpen(rt.context({ kind: 'system', label: 'serve' })))
        ? publicLink(rt.config, setupPath(rt.keys))
        : null;
      const listenPort = listenPortOption ?? rt.env.port ?? rt.config.server.port;
      const hostname = opts.host ?? rt.config.server.host;
      const server = serve({ fetch: app.fetch, port: listenPort, hostname }, (info) => {
        process.stdout.write(`candor: serving on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${info.port} (${rt.database.kind})\n`);
        if (setupLink) process.stdout.write(`candor: set up the organisation and the first chair at ${setupLink}\n`);
      });
      const pruning = scheduleSessionPruning(rt.context({ kind: 'system', label: 'job:prune-sessions' }), {
        onError: () => logger.error('pruning expired sessions failed; will retry'),
      });
      // The audit chain's head, written outside the database as entries are added (decision 017).
      const anchoring = scheduleAuditAnchoring(rt.context({ kind: 'system', label: 'job:anchor-audit' }), {
        anchorFile: path.join(rt.env.dataDir, ANCHOR_FILE_NAME),
        onError: (e) => process.stderr.write(`candor: anchoring the audit log failed${e instanceof CandorError ? `: ${e.message}` : ''}; will retry\n`),
      });
      // With the embedded database this process is its only user, so `candor backup` asks it (decision 017).
      const backupSocket =
        rt.database.kind === 'pglite'
          ? serveBackupSocket({
              dataDir: rt.env.dataDir,
              anchorFile: path.join(rt.env.dataDir, ANCHOR_FILE_NAME),
              context: () => rt.context({ kind: 'system', label: 'cli:backup' }),
              onError: (e) => process.stderr.write(`candor: a backup requested on the socket failed${e instanceof CandorError ? `: ${e.message}` : ''}\n`),
            })
          : null;
      // Statistics drafts after each half-year (idempotent; also run once now to catch up).
      const scheduler = startScheduler({
        context: () => rt.context({ kind: 'system', label: 'job:stats-draft' }),
        onError: () => logger.error('preparing the statistics draft failed; will retry tomorrow'),
      });
      // Outgoing mail from the outbox; without SMTP it is written to files, and the operator is told.
      if (transport.setup.mode === 'files') logger.warn({ mailDir: transport.setup.dir }, 'no SMTP server configured: mail is written to files, not sent');
      const mailWorker = startMailWorker({
        context: () => rt.context({ kind: 'system', label: 'job:mail' }),
        transport,
        from: rt.config.mail.from,
        logger,
      });
      await new Promise<void>((resolve) => {
        const stop = () => {
          pruning.stop();
          anchoring.stop();
          server.close(() => resolve());
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await scheduler.stop();
      await backupSocket?.close();
      await mailWorker.stop();
      transport.close();
      await rt.close();
    });
}
