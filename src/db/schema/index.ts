// The database schema, one file per area. drizzle-kit reads this folder (drizzle.config.ts).
export * from './organisation';
export * from './register';
export * from './audit';
export * from './publishing';
export * from './mail';
export * from './audit-integrity';
export * from './intake';
export * from './documents';
export * from './outgoing';
export * from './sharing';
export * from './keys';
export * from './retention';
export * from './board';
export * from './decisions';
