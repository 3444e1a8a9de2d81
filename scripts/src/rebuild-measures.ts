/**
 * Fills the measures' counters anew from the ledger (the appeals, their deadlines, ratings and
 * feedbacks), in one transaction, in the database named by DATABASE_URL (default: the SQLite file
 * under data/). The server keeps them in step by itself; this is for after rows were changed by hand
 * or loaded past the services.
 *
 *   npm run rebuild-measures -w scripts
 */
import { loadConfig, openServerContext, rebuildMeasuresOf } from '@lingjuli/server';

async function main(): Promise<void> {
  const context = await openServerContext(loadConfig());
  try {
    const started = Date.now();
    await rebuildMeasuresOf(context.app);
    console.log(`已按台账重算测度计数（${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
  } finally {
    await context.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
