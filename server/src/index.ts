/** What the scripts workspace uses of the server: configuration, a script context, sample data and its generator, the timer drain and the outbox, posters, session tokens, and the rebuild of derived tables after a bulk load. */
export { AppModule } from './app.module';
export { loadConfig, type AppConfig } from './config/app-config';
export { ManualClock } from './common/clock/clock';
export { openServerContext, type ServerContext } from './server-context';
export { dropMysqlDatabase, recreateMysqlDatabase } from './database/mysql-admin';
export { TimerDrain, type DrainResult } from './timers/timer-drain.service';
export { OutboxDispatcher } from './notifications/outbox-dispatcher.service';
export { PostersService, type QrImage } from './posters/posters.service';
export { TokenService } from './auth/token.service';
export { rebuildEvaluationRollups } from './evaluation/evaluation-rollups';
export { seedSampleData, type SeedSummary } from './sample-data/seed';
export { Random } from './sample-data/random';
export { rebuildAppealInvolvements } from './appeals/appeal-involvements';
export { rebuildLiaisonCounts } from './liaisons/liaison-counters';
export { rebuildMeasureCounters } from './measures/measure-counters-rebuild';
export { SAMPLE_PASSWORD, sampleLogins, type SampleLogin } from './sample-data/sample-organisation';
