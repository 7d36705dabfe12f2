import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './common/logger.js';
import { startServer } from './server.js';

let cfg;
try {
  cfg = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
const log = createLogger(cfg.LOG_LEVEL);
startServer(cfg, log).catch((err) => {
  log.fatal({ err }, 'Ketenwerk could not start');
  process.exit(1);
});
