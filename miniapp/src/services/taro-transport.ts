import Taro from '@tarojs/taro';
import type { Transport } from './http';

const TIMEOUT_MS = 15_000;

/** Taro.request as a Transport: resolves with any HTTP answer, rejects when none came back. */
export const taroTransport: Transport = (request) =>
  new Promise((resolve, reject) => {
    Taro.request({
      url: request.url,
      method: request.method,
      data: request.data as Record<string, unknown> | undefined,
      header: request.header,
      timeout: TIMEOUT_MS,
      dataType: 'json',
      success: (res) => resolve({ statusCode: res.statusCode, data: res.data, header: res.header as Record<string, string> }),
      fail: (err) => reject(new Error(err.errMsg)),
    });
  });
