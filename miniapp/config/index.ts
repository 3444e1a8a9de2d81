import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

const SHARED_SRC = path.resolve(__dirname, '../../shared/src');

/**
 * One config for both targets. The shared domain package is compiled from source with the app
 * (so WeChat gets the same syntax level as our own code); the API base URL is fixed at build time:
 * relative for the H5 build served by the server, absolute for WeChat (LINGJULI_API_BASE_URL).
 */
export default defineConfig(() => {
  const isH5 = process.env.TARO_ENV === 'h5';
  const apiBase = isH5 ? '' : (process.env.LINGJULI_API_BASE_URL ?? 'http://localhost:3000');
  const config: UserConfigExport = {
    projectName: 'lingjuli',
    date: '2026-11-26',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    // LINGJULI_WECHAT_SI: the 微信同声传译 plugin's version, when the account has added it (off when unset; see app.config.ts).
    defineConstants: { LINGJULI_API_BASE_URL: JSON.stringify(apiBase), LINGJULI_WECHAT_SI: JSON.stringify(process.env.LINGJULI_WECHAT_SI ?? '') },
    alias: { '@lingjuli/shared': SHARED_SRC, '@': path.resolve(__dirname, '../src') },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [SHARED_SRC] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      optimizeMainPackage: { enable: true },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      compile: { include: [SHARED_SRC] },
      router: { mode: 'browser' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  return config;
});
