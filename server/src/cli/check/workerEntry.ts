/** Worker script used when running from source (tsx); the bundle uses dist/cli.cjs itself. */
import { startWorker } from './worker';

startWorker();
