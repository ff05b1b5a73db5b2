import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { CandorError, type FieldIssue } from '../errors';
import { configSchema, type Config } from './schema';

/** Settings that come from the environment; secrets stay apart from the rest of the config. */
export interface Environment {
  databaseUrl: string | null;
  dataDir: string;
  configPath: string;
  masterKey: string | null;
  port: number | null;
  /** CANDOR_SMTP_URL: the SMTP server with its credentials; wins over mail.smtpUrl of the config file. */
  smtpUrl: string | null;
}

export interface LoadedConfig {
  config: Config;
  env: Environment;
}

export function readEnvironment(env: NodeJS.ProcessEnv): Environment {
  const port = env.PORT ? Number(env.PORT) : null;
  if (port !== null && (!Number.isInteger(port) || port < 1 || port > 65535)) {
    throw new CandorError('config_invalid', `PORT must be a port number, got "${env.PORT}"`);
  }
  return {
    databaseUrl: env.DATABASE_URL && env.DATABASE_URL.trim() !== '' ? env.DATABASE_URL : null,
    dataDir: path.resolve(env.CANDOR_DATA_DIR ?? './data'),
    configPath: path.resolve(env.CANDOR_CONFIG ?? './candor.config.yaml'),
    masterKey: env.CANDOR_MASTER_KEY && env.CANDOR_MASTER_KEY !== '' ? env.CANDOR_MASTER_KEY : null,
    port,
    smtpUrl: env.CANDOR_SMTP_URL && env.CANDOR_SMTP_URL.trim() !== '' ? env.CANDOR_SMTP_URL.trim() : null,
  };
}

export function parseConfig(raw: unknown, source = 'candor.config.yaml'): Config {
  const result = configSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  throw new CandorError('config_invalid', `${source} has ${result.error.issues.length} problem(s)`, issuesOf(result.error));
}

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    field: i.path.length > 0 ? i.path.join('.') : '(top level)',
    message: i.code === 'unrecognized_keys' ? `unknown key(s): ${i.keys.join(', ')}` : i.message,
  }));
}

export function loadConfigFile(file: string): Config {
  if (!existsSync(file)) return parseConfig({});
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    const where = e instanceof YAMLParseError && e.linePos ? ` at line ${e.linePos[0].line}` : '';
    throw new CandorError('config_invalid', `${path.basename(file)} is not valid YAML${where}`);
  }
  return parseConfig(raw, path.basename(file));
}

/** The SMTP server to send through, or null: then mail goes to files in the data directory. */
export function smtpUrlOf(loaded: LoadedConfig): string | null {
  return loaded.env.smtpUrl ?? loaded.config.mail.smtpUrl ?? null;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const environment = readEnvironment(env);
  return { config: loadConfigFile(environment.configPath), env: environment };
}
