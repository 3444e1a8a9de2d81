/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.scss';

/** Set at build time in config/index.ts. */
declare const LINGJULI_API_BASE_URL: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
  }
}
