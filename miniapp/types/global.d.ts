/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.scss';

/** Set at build time in config/index.ts. */
declare const LINGJULI_API_BASE_URL: string;
/** The 微信同声传译 plugin's version when this build declares it (LINGJULI_WECHAT_SI); '' when off. */
declare const LINGJULI_WECHAT_SI: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
  }
}
