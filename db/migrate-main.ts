import { Connection } from '@temporalio/client';
import { loadSettingsOrExit } from '../config/settings.js';
import { temporalConnectionOrExit } from '../config/temporal-connection.js';
import { createLogger } from '../config/logger.js';
import { ensureSearchAttributes } from '../gateway/search-attributes.js';
import { migrateToLatest } from './migrator.js';
import { createDb } from './pool.js';

// `npm run migrate`: the ledger's migrations and the Temporal search attributes, then exit.

const settings = loadSettingsOrExit(['DATABASE_URL', 'TEMPORAL_ADDRESS', 'TEMPORAL_NAMESPACE']);
const log = createLogger('migrate');
const db = createDb(settings.DATABASE_URL, { max: 1 });
try {
  await migrateToLatest(db, (line) => log.info(line));
  const connection = await Connection.connect({ ...temporalConnectionOrExit(settings.TEMPORAL_ADDRESS), connectTimeout: '10 seconds' });
  const added = await ensureSearchAttributes(connection, settings.TEMPORAL_NAMESPACE);
  await connection.close();
  log.info({ added }, 'migrated');
} catch (err) {
  log.error({ err }, 'migration failed');
  process.exitCode = 1;
} finally {
  await db.destroy();
}
