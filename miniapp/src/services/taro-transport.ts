import Taro from '@tarojs/taro';
import type { FileTransport, Transport } from '@/services/http';

const TIMEOUT_MS = 15_000;

/** Taro.request as a Transport: resolves with any HTTP answer, rejects when none came back. */
export const taroTransport: Transport = async (request) => {
  // The promise form only: with callbacks too, the browser build also rejects the returned promise,
  // which nobody would catch.
  const res = await Taro.request({
    url: request.url,
    method: request.method,
    data: request.data as Record<string, unknown> | undefined,
    header: request.header,
    timeout: TIMEOUT_MS,
    dataType: 'json',
  });
  return { statusCode: res.statusCode, data: res.data, header: res.header };
};

/** Taro.uploadFile (wx.uploadFile in WeChat) as a FileTransport; the promise form, for the same reason. */
export const taroFileTransport: FileTransport = async (request) => {
  const res = await Taro.uploadFile({
    url: request.url,
    filePath: request.filePath,
    name: request.name,
    header: request.header,
    ...(request.fileName && { fileName: request.fileName }),
  });
  return { statusCode: res.statusCode, data: res.data };
};
