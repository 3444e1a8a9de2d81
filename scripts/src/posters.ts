/**
 * Writes every building's stairwell poster (an A4 page, its code inline) and the code itself as an
 * image into a folder, one sub-folder per community with an `all.html` that prints them all.
 * With WeChat credentials the codes are mini-program codes, otherwise QR codes of PUBLIC_URL.
 *
 *   npm run posters -w scripts                              # into data/posters/
 *   node scripts/dist/posters.js --out /tmp/posters --community C01
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PostersService, loadConfig, openServerContext } from '@lingjuli/server';
import { option } from './cli';

async function main(): Promise<void> {
  const config = loadConfig();
  const out = resolve(option('out') ?? join(config.repoRoot, 'data/posters'));
  const only = option('community');
  const context = await openServerContext(config);
  try {
    const posters = context.app.get(PostersService);
    const buildings = (await posters.everyBuilding()).filter((b) => !only || b.communityCode === only);
    if (buildings.length === 0) {
      console.log(only ? `社区 ${only} 没有登记楼栋。` : '数据库中没有楼栋（先运行 npm run seed）。');
      return;
    }
    const communities = new Map<number, string>();
    for (const b of buildings) {
      const dir = join(out, b.communityCode);
      mkdirSync(dir, { recursive: true });
      const qr = await posters.qr(b.buildingCode);
      writeFileSync(join(dir, `${b.buildingCode}.${qr.mimeType === 'image/jpeg' ? 'jpg' : 'png'}`), qr.bytes);
      writeFileSync(join(dir, `${b.buildingCode}.html`), await posters.buildingPoster(b.buildingCode));
      communities.set(b.communityId, b.communityCode);
    }
    for (const [id, code] of communities) writeFileSync(join(out, code, 'all.html'), await posters.communityPosters(id));
    const kind = config.wechat.appId && config.wechat.appSecret ? '小程序码' : `二维码（指向 ${config.publicUrl}）`;
    console.log(`已生成 ${buildings.length} 栋楼的海报和${kind}，共 ${communities.size} 个社区：${out}`);
  } finally {
    await context.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
