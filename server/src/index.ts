/** What the scripts workspace uses of the server: the application module and the sample data. */
export { AppModule } from './app.module';
export { loadConfig, type AppConfig } from './config/app-config';
export { ManualClock } from './common/clock/clock';
export {
  openSampleDataContext,
  seedSampleData,
  type SampleDataContext,
  type SeedSummary,
} from './sample-data/seed';
export { SAMPLE_PASSWORD, sampleLogins, type SampleLogin } from './sample-data/sample-organisation';
