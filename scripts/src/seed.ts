/**
 * Loads the sample street (27 sample communities, their staff and a history of sample appeals)
 * into the database named by DATABASE_URL (default: the SQLite file under data/), then prints the
 * logins. Does nothing to a database that already has communities.
 *
 *   npm run seed                      # build, then seed
 *   node scripts/dist/seed.js --appeals 500
 */
import { ROLE_LABELS } from '@lingjuli/shared';
import { SAMPLE_PASSWORD, loadConfig, openServerContext, sampleLogins, seedSampleData } from '@lingjuli/server';
import { option } from './cli';

async function main(): Promise<void> {
  const config = loadConfig();
  const appeals = option('appeals') ? Number(option('appeals')) : undefined;
  const context = await openServerContext(config);
  try {
    const summary = await seedSampleData(context.app, context.clock, { appeals });
    if (summary.seeded) {
      console.log(
        `已载入示例数据：${summary.communities} 个示例社区，${summary.buildings} 栋楼，${summary.departments} 个科室/单位，` +
          `${summary.appeals} 条示例诉求（${(summary.elapsedMs / 1000).toFixed(1)} 秒）`,
      );
    } else {
      console.log('数据库中已有社区，未重复载入示例数据。');
    }
  } finally {
    await context.close();
  }
  printLogins(config.devLoginEnabled);
}

function printLogins(devLogin: boolean): void {
  console.log(`\n示例账号（工作人员密码均为 ${SAMPLE_PASSWORD}）：`);
  for (const login of sampleLogins()) {
    const how = login.login === 'password' ? '密码登录' : '开发登录';
    console.log(`  ${ROLE_LABELS[login.role].padEnd(8, '　')} ${login.username.padEnd(18)} ${login.displayName}（${login.scope}）· ${how}`);
  }
  if (!devLogin) return console.log('  开发登录已关闭（已配置微信或生产环境）\n');
  console.log('  居民：开发登录，填写任意姓名（如「居民01」）');
  // The deliberation hall's sample stories (示例社区01), each from where its person stands.
  console.log('  居民议事厅：居民01 可在充电桩征求意见中投票、报名下次议事会；居民61 与 居民62 同住一户（每户一票）；');
  console.log('            居民28 的停车诉求已收到议事会决议；liaison-c01-1 可录入入户调查\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
