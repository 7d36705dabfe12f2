import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { createDataSource } from './database/data-source.js';
import { runMigrations, withStartupLock } from './database/migrate.js';
import { seedDemo } from './database/seeds/demo.seed.js';
import { seedReference } from './database/seeds/reference.seed.js';
import { seedSpaces } from './modules/discussions/spaces.seed.js';
import { IMPORT_USAGE, runImportCommand } from './modules/catalogue/import/import.cli.js';

// Operator commands: `npm run migrate` (migrations and reference data, e.g. before starting
// instances with RUN_MIGRATIONS=false) and `npm run migrate -- --demo` (plus demo accounts).
const [command] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const usage = `usage: node dist/cli.js migrate [--demo]\n${IMPORT_USAGE}`;

async function main(): Promise<void> {
  const cfg = loadConfig();
  // `npm run import -- indicators FILE …` / `solutions FILE.yml` (see docs/features/catalogue.md).
  if (command === 'import') {
    process.exitCode = await runImportCommand(cfg, process.argv.slice(2));
    return;
  }
  if (command !== 'migrate') throw new ConfigError(usage);
  const ds = createDataSource(cfg);
  await ds.initialize();
  try {
    await withStartupLock(ds, async () => {
      const ran = await runMigrations(ds);
      console.log(ran.length ? `applied: ${ran.join(', ')}` : 'no migrations pending');
      await seedReference(ds);
      await seedSpaces(ds);
      if (process.argv.includes('--demo')) await seedDemo(ds);
      console.log('reference data up to date');
    });
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
